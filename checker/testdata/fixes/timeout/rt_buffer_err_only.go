// want: leak
// Buffers only errCh: a value returned after the timeout still blocks on the unbuffered ch (breaks "Do leaves no goroutine behind").
package timeout

import (
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	ch := make(chan string)
	errCh := make(chan error, 1)
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
