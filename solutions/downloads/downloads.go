// Package downloads is the reference solution: a sync.WaitGroup plays the
// seed's join(), and every goroutine writes its result into its own element
// of a slice made before any of them starts, so no two goroutines ever touch
// the same memory and the results come out in the order of films.
package downloads

import "sync"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

// DownloadAll downloads every film at the same time, each in its own
// goroutine, by calling download(film), however many films there are. It
// returns when every download has finished and every goroutine it started
// has ended, with one Result per film: results[i] is what download returned
// for films[i]. A film named twice is downloaded twice, each result in its
// own place. With no films it returns no results, at once.
func DownloadAll(films []string, download func(film string) Result) []Result {
	// The slice never grows, so the goroutines share no variable: goroutine i
	// writes only results[i]. wg.Wait makes those writes visible here.
	results := make([]Result, len(films))
	var wg sync.WaitGroup
	for i, film := range films {
		wg.Go(func() {
			results[i] = download(film)
		})
	}
	wg.Wait()
	return results
}
