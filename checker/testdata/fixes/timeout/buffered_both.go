// want: pass
// The smallest fix, as Kubernetes made it: one slot in each channel, so the
// goroutine's one send never waits. A stopped timer instead of time.After.
package timeout

import (
	"errors"
	"time"
)

// ErrTimeout is what Do returns when work has not returned within the timeout.
var ErrTimeout = errors.New("timeout: the work did not return in time")

// Do runs work in a new goroutine and waits for it, at most timeout.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	ch := make(chan string, 1)
	errCh := make(chan error, 1)
	go func() {
		if v, err := work(); err != nil {
			errCh <- err
		} else {
			ch <- v
		}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case v := <-ch:
		return v, nil
	case err := <-errCh:
		return "", err
	case <-timer.C:
		return "", ErrTimeout
	}
}
