// want: leak fail race
// a collector goroutine keeps the first failure under a mutex, but the channel is never closed: the collector is left blocked, and Run may read before it has stored the last result
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	results := make(chan error)
	go func() {
		for e := range results {
			mu.Lock()
			if first == nil && e != nil {
				first = e
			}
			mu.Unlock()
		}
	}()
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- task()
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return first
}
