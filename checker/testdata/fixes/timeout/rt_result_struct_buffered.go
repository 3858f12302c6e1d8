// want: pass
// One channel of a result struct with a buffer of one.
package timeout

import (
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

type result struct {
	v   string
	err error
}

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	res := make(chan result, 1)
	go func() {
		v, err := work()
		res <- result{v, err}
	}()
	select {
	case r := <-res:
		if r.err != nil {
			return "", r.err
		}
		return r.v, nil
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
