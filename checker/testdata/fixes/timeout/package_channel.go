// want: deadlock leak fail
// One channel with a slot, made once for every call: late results fill its
// slot and the next late one blocks; and a call may take another call's
// result. (The channel is made outside any synctest bubble, so a Do waiting
// on it inside one is never durably blocked: the in-time test hangs to the
// budget.)
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

var results = make(chan result, 1)

// Do runs work in a new goroutine and waits for it, at most timeout.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	go func() {
		v, err := work()
		results <- result{v, err}
	}()
	select {
	case r := <-results:
		return r.v, r.err
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
