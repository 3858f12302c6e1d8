// want: fail race
// The appends are guarded by a mutex, but nothing waits for the goroutines:
// DownloadAll returns before the downloads finish.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	var (
		mu      sync.Mutex
		results []Result
	)
	for _, film := range films {
		go func() {
			r := download(film)
			mu.Lock()
			defer mu.Unlock()
			results = append(results, r)
		}()
	}
	return results
}
