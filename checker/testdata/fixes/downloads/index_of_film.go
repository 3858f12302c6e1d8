// want: fail
// The goroutines send bare results on a channel, and DownloadAll puts each
// one at the index of its film in films. With the same film twice, both
// results go to the first index, and the second stays empty.
package downloads

import "slices"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	ch := make(chan Result)
	for _, film := range films {
		go func() { ch <- download(film) }()
	}
	results := make([]Result, len(films))
	for range films {
		r := <-ch
		results[slices.Index(films, r.Film)] = r
	}
	return results
}
