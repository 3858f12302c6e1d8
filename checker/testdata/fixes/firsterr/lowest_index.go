// want: fail
// One slot per task, no race; but after Wait it returns the failure of the lowest
// index, not the first in time.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	errs := make([]error, len(tasks))
	var wg sync.WaitGroup
	for i, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = task()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
