// want: fail
// The goroutine offers its result for one millisecond and then drops it: if Do is slower than that to reach its select, it reports a timeout for work that returned in time (breaks "If work returns first, Do returns at once what it returned").
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
	res := make(chan result)
	go func() {
		v, err := work()
		select {
		case res <- result{v, err}:
		case <-time.After(time.Millisecond):
		}
	}()
	select {
	case r := <-res:
		return r.v, r.err
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
