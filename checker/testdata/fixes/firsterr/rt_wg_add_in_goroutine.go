// want: fail race leak
// wg.Add(1) inside the goroutine: Wait may run before any Add and return before the tasks have run
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	for _, task := range tasks {
		go func() {
			wg.Add(1)
			defer wg.Done()
			if e := task(); e != nil {
				mu.Lock()
				if first == nil {
					first = e
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return first
}
