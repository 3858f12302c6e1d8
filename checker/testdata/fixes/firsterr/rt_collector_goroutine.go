// want: pass
// an owner goroutine receives every result on an unbuffered channel and keeps the first failure
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	results := make(chan error)
	firstc := make(chan error, 1)
	go func() {
		var first error
		for e := range results {
			if first == nil && e != nil {
				first = e
			}
		}
		firstc <- first
	}()
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- task()
		}()
	}
	wg.Wait()
	close(results)
	return <-firstc
}
