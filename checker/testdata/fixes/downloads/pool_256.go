// want: fail
// A pool of 256 workers takes film indexes from a channel, "plenty for any
// list of films": every result lands in its slot and DownloadAll waits for
// the workers, but film 257 waits for a free worker instead of starting.
package downloads

import "sync"

type Result struct {
	Film string
	Size int
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	const workers = 256
	results := make([]Result, len(films))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
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
