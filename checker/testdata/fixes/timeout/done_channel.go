// want: pass
// Unbuffered channels, but the goroutine selects between its send and a
// done channel that Do closes when it returns, whichever way it returns.
package timeout

import (
	"errors"
	"time"
)

// ErrTimeout is what Do returns when work has not returned within the timeout.
var ErrTimeout = errors.New("timeout: the work did not return in time")

// Do runs work in a new goroutine and waits for it, at most timeout.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	ch := make(chan string)
	errCh := make(chan error)
	done := make(chan struct{})
	defer close(done)
	go func() {
		v, err := work()
		if err != nil {
			select {
			case errCh <- err:
			case <-done:
			}
			return
		}
		select {
		case ch <- v:
		case <-done:
		}
	}()
	select {
	case v := <-ch:
		return v, nil
	case err := <-errCh:
		return "", err
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
