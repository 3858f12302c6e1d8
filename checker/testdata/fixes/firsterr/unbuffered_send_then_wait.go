// want: deadlock
// An unbuffered error channel, read only after Wait: the first failing goroutine
// waits to send, and Wait waits for it.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	errc := make(chan error)
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
	wg.Wait()
	select {
	case err := <-errc:
		return err
	default:
		return nil
	}
}
