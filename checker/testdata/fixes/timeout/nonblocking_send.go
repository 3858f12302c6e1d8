// want: fail
// The goroutine sends without waiting (select with default): if Do is not
// listening, the result is dropped. But Do may simply not be listening YET:
// work that returns at once can lose its result, and Do then reports a
// timeout for work that finished in time.
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
			select {
			case errCh <- err:
			default:
			}
		} else {
			select {
			case ch <- v:
			default:
			}
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
