// want: fail race
// Waits by sleeping a second, "long enough for the downloads": nothing says
// a download takes less, and a slower one is still running, writing its slot,
// when DownloadAll returns.
package downloads

import "time"

// A Result is what downloading one film produced.
type Result struct {
	Film string // the film downloaded
	Size int    // its size in bytes
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	for i, film := range films {
		go func() {
			results[i] = download(film)
		}()
	}
	time.Sleep(time.Second)
	return results
}
