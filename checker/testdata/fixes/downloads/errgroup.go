// want: pass
// golang.org/x/sync/errgroup with no limit set: g.Go starts a goroutine per
// film, each writes its own slot, and g.Wait is the join.
package downloads

import "golang.org/x/sync/errgroup"

type Result struct {
	Film string
	Size int
}

func DownloadAll(films []string, download func(film string) Result) []Result {
	results := make([]Result, len(films))
	var g errgroup.Group
	for i, film := range films {
		g.Go(func() error {
			results[i] = download(film)
			return nil
		})
	}
	g.Wait()
	return results
}
