// want: pass
// atomic.Pointer Load then Store: two failures that both see nil let the later Store win; no test can tell this from a mutex fix whose first failer is descheduled before Lock, so it keeps the promise as written
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
