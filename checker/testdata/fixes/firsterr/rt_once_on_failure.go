// want: pass
// sync.Once called only by a failing task keeps the first failure; wg.Go starts the goroutines
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		once  sync.Once
		first error
		wg    sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Go(func() {
			if e := task(); e != nil {
				once.Do(func() { first = e })
			}
		})
	}
	wg.Wait()
	return first
}
