// want: fail race
// wg.Add(1) inside the goroutine: wg.Wait can run before any Add and return at
// once, or the race detector flags the Add racing with Wait.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	var wg sync.WaitGroup
	for i, film := range films {
		go func() {
			wg.Add(1)
			defer wg.Done()
			results[i] = download(film)
		}()
	}
	wg.Wait()
	return results
}
