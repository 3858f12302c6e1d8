// want: pass
// A WaitGroup waits for every goroutine; each one stores its result in its own
// slot under a mutex (more locking than needed, but correct).
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	var (
		wg sync.WaitGroup
		mu sync.Mutex
	)
	wg.Add(len(films))
	for i, film := range films {
		go func() {
			defer wg.Done()
			r := download(film)
			mu.Lock()
			results[i] = r
			mu.Unlock()
		}()
	}
	wg.Wait()
	return results
}
