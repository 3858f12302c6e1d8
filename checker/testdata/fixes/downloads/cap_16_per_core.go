// want: fail
// "Downloads wait on the network, so allow 16 per core": an errgroup with
// SetLimit(16 * runtime.NumCPU()). Here (2 cores) that is 32 at a time; on a
// 64-core machine 1024. Either way, with more films than that, the rest wait
// their turn instead of all downloading at once.
package downloads

import (
	"runtime"

	"golang.org/x/sync/errgroup"
)

type Result struct {
	Film string
	Size int
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	var g errgroup.Group
	g.SetLimit(16 * runtime.NumCPU())
	for i, film := range films {
		g.Go(func() error {
			results[i] = download(film)
			return nil
		})
	}
	g.Wait()
	return results
}
