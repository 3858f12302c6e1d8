// want: pass
// A countdown with sync.Cond: each goroutine stores its result and counts
// itself done under the mutex, then Broadcasts; DownloadAll waits in a for
// loop until the count is zero. The mutex orders every store before the
// return.
package downloads

import "sync"

type Result struct {
	Film string
	Size int
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	remaining := len(films)
	for i, film := range films {
		go func() {
			r := download(film)
			mu.Lock()
			results[i] = r
			remaining--
			mu.Unlock()
			cond.Broadcast()
		}()
	}
	mu.Lock()
	for remaining > 0 {
		cond.Wait()
	}
	mu.Unlock()
	return results
}
