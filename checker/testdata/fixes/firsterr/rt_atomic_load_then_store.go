// want: fail
// atomic.Pointer Load then Store: two failures can both see nil, and the later Store wins (check-then-act, no data race)
package firsterr

import (
	"sync"
	"sync/atomic"
)

func Run(tasks ...func() error) error {
	var first atomic.Pointer[error]
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil && first.Load() == nil {
				first.Store(&e)
			}
		}()
	}
	wg.Wait()
	if p := first.Load(); p != nil {
		return *p
	}
	return nil
}
