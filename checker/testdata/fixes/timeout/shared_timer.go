// want: leak fail
// The goroutine gives up on its send when the timeout passes, like Do: but
// both wait on the same time.After channel, which delivers its one tick to
// one of them. Do takes it, and the goroutine waits forever.
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
	expired := time.After(timeout)
	results := make(chan result)
	go func() {
		v, err := work()
		select {
		case results <- result{v, err}:
		case <-expired:
		}
	}()
	select {
	case r := <-results:
		return r.v, r.err
	case <-expired:
		return "", ErrTimeout
	}
}
