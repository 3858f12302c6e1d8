// want: pass
// double-checked: a read lock to see whether first is set, then the write lock and a second look
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		mu    sync.RWMutex
		first error
		wg    sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := task()
			if e == nil {
				return
			}
			mu.RLock()
			set := first != nil
			mu.RUnlock()
			if set {
				return
			}
			mu.Lock()
			if first == nil {
				first = e
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return first
}
