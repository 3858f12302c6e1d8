// want: fail deadlock timeout
// at most 100 tasks at a time "so 10000 tasks do not start 10000 goroutines": the 101st task waits for one to finish, not all run at the same time
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		once  sync.Once
		first error
		wg    sync.WaitGroup
	)
	sem := make(chan struct{}, 100)
	for _, task := range tasks {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if e := task(); e != nil {
				once.Do(func() { first = e })
			}
		}()
	}
	wg.Wait()
	return first
}
