// want: fail
// A pool of 8 workers takes film indices from a channel: every result lands
// in its slot and DownloadAll waits for the workers, but at most 8 downloads
// run at once, not every one.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i := range jobs {
				results[i] = download(films[i])
			}
		})
	}
	for i := range films {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}
