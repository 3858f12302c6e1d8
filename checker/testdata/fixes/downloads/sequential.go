// want: fail
// No goroutines at all: no race and nothing to wait for, but the downloads run
// one after another instead of at the same time.
package downloads

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	var results []Result
	for _, film := range films {
		results = append(results, download(film))
	}
	return results
}
