// want: race
// Only the first failure is kept, but with no lock at all.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	var err error
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil && err == nil {
				err = e
			}
		}()
	}
	wg.Wait()
	return err
}
