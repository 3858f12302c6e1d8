// want: fail
// errors.Join of every failure: it matches each with errors.Is, but it is not the
// error the first failing task returned.
package firsterr

import (
	"errors"
	"sync"
)

func Run(tasks ...func() error) error {
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
