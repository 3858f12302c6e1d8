// want: pass
// No send at all: the goroutine stores the result under a mutex and closes
// a done channel, which never waits for anyone. Do reads the result after
// done is closed.
package timeout

import (
	"errors"
	"sync"
	"time"
)

// ErrTimeout is what Do returns when work has not returned within the timeout.
var ErrTimeout = errors.New("timeout: the work did not return in time")

type future struct {
	mu   sync.Mutex
	v    string
	err  error
	done chan struct{}
}

// Do runs work in a new goroutine and waits for it, at most timeout.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	f := &future{done: make(chan struct{})}
	go func() {
		v, err := work()
		f.mu.Lock()
		f.v, f.err = v, err
		f.mu.Unlock()
		close(f.done)
	}()
	select {
	case <-f.done:
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.err != nil {
			return "", f.err
		}
		return f.v, nil
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
