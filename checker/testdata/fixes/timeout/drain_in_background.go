// want: pass
// Unbuffered channels as shipped; when Do gives up it leaves a goroutine
// behind to take whichever result comes, so the sender is never stuck, and
// the drainer ends with it.
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
		go func() {
			select {
			case <-ch:
			case <-errCh:
			}
		}()
		return "", ErrTimeout
	}
}
