// want: deadlock
// Each goroutine sends its result on a channel with room for 100, and
// DownloadAll waits for all the goroutines before it receives any. With 100
// films or fewer that works; with more, the 101st send waits for a receiver
// that is itself waiting for that goroutine to finish.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	type done struct {
		i int
		r Result
	}
	ch := make(chan done, 100)
	var wg sync.WaitGroup
	for i, film := range films {
		wg.Go(func() { ch <- done{i, download(film)} })
	}
	wg.Wait()
	close(ch)
	results := make([]Result, len(films))
	for d := range ch {
		results[d.i] = d.r
	}
	return results
}
