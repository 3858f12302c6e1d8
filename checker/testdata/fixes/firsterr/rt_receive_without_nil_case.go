// want: deadlock timeout
// the first error is received from a channel after Wait, but with no failure (or no task) the receive waits forever
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	errs := make(chan error, len(tasks))
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil {
				errs <- e
			}
		}()
	}
	wg.Wait()
	return <-errs
}
