// want: fail
// errors.Join of every failure under a lock: errors.Is finds the first, but it is not the value the first failing task returned
package firsterr

import (
	"errors"
	"sync"
)

func Run(tasks ...func() error) error {
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil {
				mu.Lock()
				errs = append(errs, e)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
