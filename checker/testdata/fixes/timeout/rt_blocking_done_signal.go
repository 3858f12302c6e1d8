// want: fail deadlock timeout
// On timeout Do sends on an unbuffered done channel to release the goroutine: the send waits until work returns (breaks "without waiting for work any longer").
package timeout

import (
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	ch := make(chan string)
	errCh := make(chan error)
	done := make(chan struct{})
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
		done <- struct{}{}
		return "", ErrTimeout
	}
}
