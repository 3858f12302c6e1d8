// want: fail
// sync.Once around every result: a task that succeeds first makes Run return nil
package firsterr

import "sync"

func Run(tasks ...func() error) error {
	var (
		once  sync.Once
		first error
		wg    sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := task()
			once.Do(func() { first = e })
		}()
	}
	wg.Wait()
	return first
}
