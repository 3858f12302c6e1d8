// want: pass
// Unbuffered channels, but the goroutine sends in a select that also waits on a done channel Do closes when it returns.
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
