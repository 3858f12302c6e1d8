// want: fail
// WaitGroup and a mutex around append: no race and nothing lost, but the
// results come out in the order the downloads finished, not the order of films.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		results []Result
	)
	for _, film := range films {
		wg.Go(func() {
			r := download(film)
			mu.Lock()
			defer mu.Unlock()
			results = append(results, r)
		})
	}
	wg.Wait()
	return results
}
