// want: pass
// sync.Once: the first failing goroutine to get there stores its error.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Go(func() {
			if err := task(); err != nil {
				once.Do(func() { first = err })
			}
		})
	}
	wg.Wait()
	return first
}
