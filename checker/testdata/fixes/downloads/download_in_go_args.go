// want: fail
// go store(i, download(film)): the goroutine only stores the result, which
// it gets as an argument, and Go evaluates a go statement's arguments in the
// calling goroutine. So DownloadAll itself runs every download, one after the
// other, before it starts the goroutine that stores it.
package downloads

import "sync"

type Result struct {
	Film string
	Size int
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	var wg sync.WaitGroup
	for i, film := range films {
		wg.Add(1)
		go func(i int, r Result) {
			defer wg.Done()
			results[i] = r
		}(i, download(film))
	}
	wg.Wait()
	return results
}
