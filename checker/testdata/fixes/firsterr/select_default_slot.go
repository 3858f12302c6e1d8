// want: pass
// A channel with room for one error; a failure that finds it full is dropped.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	errc := make(chan error, 1)
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(); err != nil {
				select {
				case errc <- err:
				default:
				}
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
