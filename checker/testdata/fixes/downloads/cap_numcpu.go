// want: fail
// Starts a goroutine per film but lets only runtime.NumCPU() download at a
// time (a semaphore channel), "so as not to overload the machine". Downloads
// wait on the network, not the CPU, and the doc promises every download at
// once: with more films than cores, the rest wait their turn. On a 16-core
// laptop a test with 4 or 8 films would never notice; one with 10,000 does on
// any machine.
package downloads

import (
	"runtime"
	"sync"
)

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, film := range films {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = download(film)
		})
	}
	wg.Wait()
	return results
}
