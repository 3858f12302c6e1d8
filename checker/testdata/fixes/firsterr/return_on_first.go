// want: fail
// Returns as soon as the first error arrives, leaving the other tasks running.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	errc := make(chan error, len(tasks))
	done := make(chan struct{})
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(); err != nil {
				errc <- err
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case err := <-errc:
		return err
	case <-done:
		return nil
	}
}
