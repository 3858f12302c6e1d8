// want: fail deadlock timeout
// runs the tasks in batches of runtime.NumCPU(), not all at the same time
package firsterr

import (
	"runtime"
	"sync"
)

func Run(tasks ...func() error) error {
	var (
		once  sync.Once
		first error
	)
	n := runtime.NumCPU()
	for len(tasks) > 0 {
		batch := tasks[:min(n, len(tasks))]
		tasks = tasks[len(batch):]
		var wg sync.WaitGroup
		for _, task := range batch {
			wg.Go(func() {
				if e := task(); e != nil {
					once.Do(func() { first = e })
				}
			})
		}
		wg.Wait()
	}
	return first
}
