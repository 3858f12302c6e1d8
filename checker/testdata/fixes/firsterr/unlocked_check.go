// want: race
// The first-only check outside the lock, "because reading is harmless": it reads err
// while another goroutine writes it under the lock.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	var mu sync.Mutex
	var err error
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil && err == nil {
				mu.Lock()
				err = e
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return err
}
