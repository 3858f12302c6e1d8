// want: panic
// atomic.Value.CompareAndSwap(nil, e): looks like the pointer CAS, but it panics when a second failure has a different concrete error type
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
			if e := task(); e != nil {
				first.CompareAndSwap(nil, e)
			}
		}()
	}
	wg.Wait()
	if e, ok := first.Load().(error); ok {
		return e
	}
	return nil
}
