// want: fail
// sync.Once around the result of whichever task returns first, success included.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := task()
			once.Do(func() { first = err })
		}()
	}
	wg.Wait()
	return first
}
