// want: pass
// an atomic.Bool picks the winner with CompareAndSwap; only the winner writes first, and wg.Wait publishes it
package firsterr

import (
	"sync"
	"sync/atomic"
)

func Run(tasks ...func() error) error {
	var (
		failed atomic.Bool
		first  error
		wg     sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil && failed.CompareAndSwap(false, true) {
				first = e
			}
		}()
	}
	wg.Wait()
	return first
}
