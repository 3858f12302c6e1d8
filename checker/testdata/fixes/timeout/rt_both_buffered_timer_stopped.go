// want: pass
// Both channels get a buffer of one, and the timeout is a time.NewTimer stopped when Do returns.
package timeout

import (
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

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
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case v := <-ch:
		return v, nil
	case err := <-errCh:
		return "", err
	case <-t.C:
		return "", ErrTimeout
	}
}
