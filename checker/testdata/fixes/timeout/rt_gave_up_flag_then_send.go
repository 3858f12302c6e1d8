// want: leak
// Do sets an atomic gaveUp flag on timeout; the goroutine checks it and then sends on an unbuffered channel: check-then-act, a timeout between the two leaves it blocked forever.
package timeout

import (
	"errors"
	"sync/atomic"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

type result struct {
	v   string
	err error
}

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	var gaveUp atomic.Bool
	res := make(chan result)
	go func() {
		v, err := work()
		if gaveUp.Load() {
			return
		}
		res <- result{v, err}
	}()
	select {
	case r := <-res:
		return r.v, r.err
	case <-time.After(timeout):
		gaveUp.Store(true)
		return "", ErrTimeout
	}
}
