// want: pass
// wg.Add(1) before each go statement, wg.Done when the goroutine ends, and
// every goroutine writes only its own element: no lock needed.
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
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = download(film)
		}()
	}
	wg.Wait()
	return results
}
