// want: pass
// A context with the timeout: Do waits on its Done channel, and so does
// the goroutine when it sends; the deferred cancel ends it in every case.
package timeout

import (
	"context"
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
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	results := make(chan result)
	go func() {
		v, err := work()
		select {
		case results <- result{v, err}:
		case <-ctx.Done():
		}
	}()
	select {
	case r := <-results:
		return r.v, r.err
	case <-ctx.Done():
		return "", ErrTimeout
	}
}
