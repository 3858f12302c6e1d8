// want: race
// the first-only check reads err outside the lock, racing with another goroutine's locked write
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
