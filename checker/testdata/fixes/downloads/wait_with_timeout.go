// want: fail
// Collects (index, result) pairs, but gives up after 3 seconds "so a stuck
// download cannot hang the program" and returns what has arrived: a download
// that takes longer is missing from the results (and still running).
package downloads

import "time"

type Result struct {
	Film string
	Size int
}

type indexed struct {
	i int
	r Result
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	ch := make(chan indexed, len(films))
	for i, film := range films {
		go func() { ch <- indexed{i, download(film)} }()
	}
	results := make([]Result, len(films))
	timeout := time.After(3 * time.Second)
	for range films {
		select {
		case p := <-ch:
			results[p.i] = p.r
		case <-timeout:
			return results
		}
	}
	return results
}
