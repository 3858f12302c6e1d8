// want: fail
// The goroutine selects between its send and a done channel, but Do sends
// on done instead of closing it: that send waits until the goroutine takes
// it, that is until the work returns, so Do waits for the work after all.
package timeout

import (
	"errors"
	"time"
)

// ErrTimeout is what Do returns when work has not returned within the timeout.
var ErrTimeout = errors.New("timeout: the work did not return in time")

type result struct {
	v   string
	err error
}

// Do runs work in a new goroutine and waits for it, at most timeout.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	results := make(chan result)
	done := make(chan struct{})
	go func() {
		v, err := work()
		select {
		case results <- result{v, err}:
		case <-done:
		}
	}()
	select {
	case r := <-results:
		return r.v, r.err
	case <-time.After(timeout):
		done <- struct{}{}
		return "", ErrTimeout
	}
}
