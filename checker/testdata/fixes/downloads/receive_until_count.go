// want: deadlock
// Receives (index, result) pairs in a range loop and breaks out once it has
// one per film. Right for one film or more, but with no films the loop
// receives before it ever counts, and waits forever for a send that never
// comes.
package downloads

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
	ch := make(chan done)
	for i, film := range films {
		go func() { ch <- done{i, download(film)} }()
	}
	results := make([]Result, len(films))
	n := 0
	for d := range ch {
		results[d.i] = d.r
		n++
		if n == len(films) {
			break
		}
	}
	return results
}
