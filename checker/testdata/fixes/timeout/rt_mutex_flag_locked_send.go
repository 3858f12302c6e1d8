// want: pass
// A result slot under a mutex: the goroutine stores it and closes done unless Do has already given up (flag set under the same mutex); close never blocks.
package timeout

import (
	"errors"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	var (
		mu     sync.Mutex
		v      string
		err    error
		gaveUp bool
	)
	done := make(chan struct{})
	go func() {
		rv, rerr := work()
		mu.Lock()
		defer mu.Unlock()
		if gaveUp {
			return
		}
		v, err = rv, rerr
		close(done)
	}()
	select {
	case <-done:
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			return "", err
		}
		return v, nil
	case <-time.After(timeout):
		mu.Lock()
		gaveUp = true
		mu.Unlock()
		return "", ErrTimeout
	}
}
