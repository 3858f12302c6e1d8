// want: deadlock timeout leak
// a channel with room for one error and a plain send: a second failure blocks on the full channel, and Wait waits for it forever
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	errs := make(chan error, 1)
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
	select {
	case e := <-errs:
		return e
	default:
		return nil
	}
}
