// want: leak fail
// On timeout Do tells the goroutine with a non-blocking send on an unbuffered done channel: the goroutine is still in work, nobody receives, the signal is lost and the goroutine blocks on its send.
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
		select {
		case done <- struct{}{}:
		default:
		}
		return "", ErrTimeout
	}
}
