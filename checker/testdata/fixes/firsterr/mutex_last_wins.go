// want: fail
// The write is locked, so no data race; but every failure overwrites the one before.
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
			if e := task(); e != nil {
				mu.Lock()
				err = e
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return err
}
