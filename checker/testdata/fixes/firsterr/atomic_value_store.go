// want: fail
// atomic.Value: no data race, but each failure Stores over the one before.
package firsterr

import (
	"sync"
	"sync/atomic"
)

func Run(tasks ...func() error) error {
	var first atomic.Value
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(); err != nil {
				first.Store(&err)
			}
		}()
	}
	wg.Wait()
	if p, ok := first.Load().(*error); ok {
		return *p
	}
	return nil
}
