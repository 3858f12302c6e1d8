// want: fail
// every write of err is locked, but each failure overwrites the one before: the last failure wins, not the first
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		mu  sync.Mutex
		err error
		wg  sync.WaitGroup
	)
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
