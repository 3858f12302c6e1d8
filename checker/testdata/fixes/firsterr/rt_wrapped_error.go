// want: fail
// keeps the first failure but wraps it with fmt.Errorf: not the very value the task returned
package firsterr

import (
	"fmt"
	"sync"
)

func Run(tasks ...func() error) error {
	var (
		once  sync.Once
		first error
		wg    sync.WaitGroup
	)
	for i, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil {
				once.Do(func() { first = fmt.Errorf("task %d: %w", i, e) })
			}
		}()
	}
	wg.Wait()
	return first
}
