// want: fail leak
// returns as soon as the first error arrives, without waiting for the tasks still running
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
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case e := <-errs:
		return e
	case <-done:
		select {
		case e := <-errs:
			return e
		default:
			return nil
		}
	}
}
