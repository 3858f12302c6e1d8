// want: pass
// No send at all: the goroutine stores the result in variables and closes a done channel, which never waits.
package timeout

import (
	"errors"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	var v string
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		v, err = work()
	}()
	select {
	case <-done:
		if err != nil {
			return "", err
		}
		return v, nil
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
