// want: pass
// every failure is stamped with time.Now() and kept under a mutex if it is earlier than the one kept so far
package firsterr

import (
	"sync"
	"time"
)

func Run(tasks ...func() error) error {
	var (
		mu    sync.Mutex
		first error
		at    time.Time
		wg    sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := task()
			now := time.Now()
			if e == nil {
				return
			}
			mu.Lock()
			if first == nil || now.Before(at) {
				first, at = e, now
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return first
}
