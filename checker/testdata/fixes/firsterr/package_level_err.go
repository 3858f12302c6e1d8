// want: fail
// The shared err moved out of the closure to the package, under a lock: a failure of
// one Run shows up in another.
package firsterr

import (
	"sync"
)

var (
	mu    sync.Mutex
	first error
)

func Run(tasks ...func() error) error {
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return first
}
