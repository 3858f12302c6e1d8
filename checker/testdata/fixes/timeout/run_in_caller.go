// want: fail
// No goroutine, so none can leak: Do runs the work itself and reports a
// timeout when it took too long. But then Do cannot give up at the timeout.
package timeout

import (
	"errors"
	"time"
)

// ErrTimeout is what Do returns when work has not returned within the timeout.
var ErrTimeout = errors.New("timeout: the work did not return in time")

// Do runs work in a new goroutine and waits for it, at most timeout.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	start := time.Now()
	v, err := work()
	if time.Since(start) > timeout {
		return "", ErrTimeout
	}
	return v, err
}
