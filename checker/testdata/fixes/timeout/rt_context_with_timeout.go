// want: pass
// context.WithTimeout: Do waits on the result or ctx.Done(); the goroutine sends in a select on ctx.Done() too; defer cancel.
package timeout

import (
	"context"
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

type result struct {
	v   string
	err error
}

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	res := make(chan result)
	go func() {
		v, err := work()
		select {
		case res <- result{v, err}:
		case <-ctx.Done():
		}
	}()
	select {
	case r := <-res:
		return r.v, r.err
	case <-ctx.Done():
		return "", ErrTimeout
	}
}
