// want: pass
// The seed's join(), one per thread: each goroutine has a channel of its own
// with room for its one result, and DownloadAll receives from each in the
// order of films. Every download was started before the first receive, so
// they all run at once; the receives are the joins.
package downloads

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	joins := make([]chan Result, len(films))
	for i, film := range films {
		joins[i] = make(chan Result, 1)
		go func() { joins[i] <- download(film) }()
	}
	results := make([]Result, len(films))
	for i, join := range joins {
		results[i] = <-join
	}
	return results
}
