// Package downloads is the seed's film downloads (section 2, 多线程: threads):
// one Thread(target=download, args=(film,)) per film, start() them all, then
// join() each. Here a goroutine per film plays the thread, but DownloadAll
// neither waits for its goroutines nor guards the slice they all append to.
//
// Your task: make DownloadAll run every download at once, wait until all of
// them have finished, and return their results in the order of films, with no
// data race. Then run `make check NAME=downloads`.
package downloads

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
	var results []Result
	for _, film := range films {
		go func() {
			results = append(results, download(film))
		}()
	}
	return results
}
