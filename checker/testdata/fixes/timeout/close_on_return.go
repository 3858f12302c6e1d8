// want: panic
// Do closes both channels when it returns, "to release the sender". A send
// on a closed channel does not return: it panics.
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
	defer close(ch)
	defer close(errCh)
	go func() {
		if v, err := work(); err != nil {
			errCh <- err
		} else {
			ch <- v
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
