// want: pass
// A channel with room for every error; after Wait, the first one sent is the first failure.
package firsterr

import (
	"sync"
)

func Run(tasks ...func() error) error {
	errc := make(chan error, len(tasks))
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(); err != nil {
				errc <- err
			}
		}()
	}
	wg.Wait()
	close(errc)
	return <-errc // nil when the channel is empty
}
