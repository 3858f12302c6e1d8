// want: fail
// The goroutine sends the value when it is not empty and the error otherwise: work returning ("", nil) gives Do a nil error, and a value with an error loses the error (breaks "its value, or its error").
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
		v, err := work()
		if v != "" {
			ch <- v
		} else {
			errCh <- err
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
