// want: fail
// On timeout Do receives the late result itself before returning, so the
// goroutine never waits; but then Do waits for the work, which it promised
// not to do.
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
	go func() {
		v, err := work()
		results <- result{v, err}
	}()
	select {
	case r := <-results:
		return r.v, r.err
	case <-time.After(timeout):
		<-results // let the goroutine finish
		return "", ErrTimeout
	}
}
