// want: fail
// Collects the results in a map from film to result under a mutex, then lays
// them out in the order of films. With the same film twice in films, both
// downloads write one map entry: one result is lost and the other appears
// twice.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		byFilm = make(map[string]Result)
	)
	for _, film := range films {
		wg.Go(func() {
			r := download(film)
			mu.Lock()
			defer mu.Unlock()
			byFilm[film] = r
		})
	}
	wg.Wait()
	results := make([]Result, len(films))
	for i, film := range films {
		results[i] = byFilm[film]
	}
	return results
}
