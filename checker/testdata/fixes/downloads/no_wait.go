// want: fail race
// Each goroutine writes its own slot, so the goroutines do not race with each
// other, but nothing waits for them: DownloadAll returns before they finish.
package downloads

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	for i, film := range films {
		go func() {
			results[i] = download(film)
		}()
	}
	return results
}
