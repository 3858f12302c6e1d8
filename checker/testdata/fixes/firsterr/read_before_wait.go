// want: fail race
// Wait deferred, so err is read before the tasks have run.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	var mu sync.Mutex
	var err error
	var wg sync.WaitGroup
	defer wg.Wait()
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil {
				mu.Lock()
				if err == nil {
					err = e
				}
				mu.Unlock()
			}
		}()
	}
	mu.Lock()
	defer mu.Unlock()
	return err
}
