// want: fail
// err moved to a package variable under a lock and reset at the start of Run: two Runs at once share it
package firsterr

import "sync"

var (
	mu    sync.Mutex
	first error
)

func Run(tasks ...func() error) error {
	mu.Lock()
	first = nil
	mu.Unlock()
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
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
