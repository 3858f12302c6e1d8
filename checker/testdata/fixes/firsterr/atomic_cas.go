// want: pass
// An atomic.Pointer set with CompareAndSwap(nil, &err): only the first succeeds.
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
			if err := task(); err != nil {
				first.CompareAndSwap(nil, &err)
			}
		}()
	}
	wg.Wait()
	if p := first.Load(); p != nil {
		return *p
	}
	return nil
}
