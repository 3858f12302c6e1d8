// want: pass
// An atomic countdown instead of a WaitGroup: each goroutine writes its own
// slot, then decrements the count, and the one that brings it to zero closes
// a channel DownloadAll waits on. The atomic Add orders every write before
// the close, so DownloadAll sees them all. (No films: nothing to wait for.)
package downloads

import "sync/atomic"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	if len(films) == 0 {
		return results
	}
	var left atomic.Int64
	left.Store(int64(len(films)))
	done := make(chan struct{})
	for i, film := range films {
		go func() {
			results[i] = download(film)
			if left.Add(-1) == 0 {
				close(done)
			}
		}()
	}
	<-done
	return results
}
