// want: race fail
// Waits with a WaitGroup, but every goroutine appends to the same slice with
// nothing to stop two appends from interleaving (and in the order they finish).
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	var results []Result
	var wg sync.WaitGroup
	for _, film := range films {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results = append(results, download(film))
		}()
	}
	wg.Wait()
	return results
}
