// want: leak fail
// On timeout Do starts a goroutine that drains ch only: a late error still blocks on errCh, and its drainer waits forever too.
package timeout

import (
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	ch := make(chan string)
	errCh := make(chan error)
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
		go func() { <-ch }()
		return "", ErrTimeout
	}
}
