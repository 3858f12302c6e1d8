// want: pass
// Each goroutine sends its index and result on a channel; DownloadAll receives
// exactly one value per film, which is both the waiting and the collecting.
package downloads

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	type done struct {
		i int
		r Result
	}
	ch := make(chan done)
	for i, film := range films {
		go func() {
			ch <- done{i, download(film)}
		}()
	}
	results := make([]Result, len(films))
	for range films {
		d := <-ch
		results[d.i] = d.r
	}
	return results
}
