// want: fail
// Do sleeps for the timeout, then takes the result if there is one. No
// goroutine is left behind (the channel has a slot), but Do makes every
// caller wait the whole timeout, however fast the work.
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
	time.Sleep(timeout)
	select {
	case r := <-results:
		return r.v, r.err
	default:
		return "", ErrTimeout
	}
}
