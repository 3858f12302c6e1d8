// want: panic
// The goroutine stores the result and closes done; Do also closes done on timeout "to tell it": a late return closes it twice and panics.
package timeout

import (
	"errors"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	var (
		mu  sync.Mutex
		v   string
		err error
	)
	done := make(chan struct{})
	go func() {
		rv, rerr := work()
		mu.Lock()
		v, err = rv, rerr
		mu.Unlock()
		close(done)
	}()
	select {
	case <-done:
		mu.Lock()
		defer mu.Unlock()
		return v, err
	case <-time.After(timeout):
		close(done)
		return "", ErrTimeout
	}
}
