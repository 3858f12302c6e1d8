// want: pass
// a one-slot channel: the first failure fills it, later ones find it full and drop theirs
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	slot := make(chan error, 1)
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil {
				select {
				case slot <- e:
				default:
				}
			}
		}()
	}
	wg.Wait()
	select {
	case e := <-slot:
		return e
	default:
		return nil
	}
}
