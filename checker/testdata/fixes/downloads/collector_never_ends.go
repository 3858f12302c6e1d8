// want: leak
// A collector goroutine ranges over the results channel and closes done once
// it has one result per film, and DownloadAll returns on done. Every result
// is right, but nobody closes the results channel, so the collector waits on
// it forever: DownloadAll leaves a goroutine of its own running.
package downloads

type Result struct {
	Film string
	Size int
}

type indexed struct {
	i int
	r Result
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	if len(films) == 0 {
		return results
	}
	ch := make(chan indexed)
	done := make(chan struct{})
	go func() {
		n := 0
		for p := range ch {
			results[p.i] = p.r
			n++
			if n == len(films) {
				close(done)
			}
		}
	}()
	for i, film := range films {
		go func() { ch <- indexed{i, download(film)} }()
	}
	<-done
	return results
}
