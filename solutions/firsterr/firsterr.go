// Package firsterr is the reference solution: the goroutines still share one
// err, but only under a mutex, and only the first failure writes it; the
// ones after see it set and leave it alone. wg.Wait makes that write visible
// to Run.
package firsterr

import "sync"

// Run calls every task at the same time, each in a goroutine of its own, and
// returns once all of them have returned. It returns the error of the task
// that failed first in time (of failures at the same instant, any one), the
// very value that task returned, or nil if no task failed. With no tasks it
// returns nil at once. Run may be called from several goroutines at once.
func Run(tasks ...func() error) error {
	var (
		mu  sync.Mutex
		err error // the first failure; guarded by mu
		wg  sync.WaitGroup
	)
	for _, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e := task(); e != nil {
				mu.Lock()
				defer mu.Unlock()
				if err == nil {
					err = e
				}
			}
		}()
	}
	wg.Wait()
	return err
}
