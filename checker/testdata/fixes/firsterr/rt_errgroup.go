// want: pass
// errgroup.Group keeps the first error and Wait waits for every goroutine
package firsterr

import "golang.org/x/sync/errgroup"

func Run(tasks ...func() error) error {
	var g errgroup.Group
	for _, task := range tasks {
		g.Go(task)
	}
	return g.Wait()
}
