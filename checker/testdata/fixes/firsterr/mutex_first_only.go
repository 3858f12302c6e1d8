// want: pass
// A mutex, and only the first failure is kept.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	var mu sync.Mutex
	var first error
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := task()
			if err == nil {
				return
			}
			mu.Lock()
			if first == nil {
				first = err
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return first
}
