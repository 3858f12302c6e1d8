// want: pass
// One channel of a result struct, with one slot.
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
	results := make(chan result, 1)
	go func() {
		v, err := work()
		results <- result{v, err}
	}()
	select {
	case r := <-results:
		if r.err != nil {
			return "", r.err
		}
		return r.v, nil
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
