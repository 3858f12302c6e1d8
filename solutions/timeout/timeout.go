// Package timeout is the reference solution: each of the goroutine's two
// channels has one slot, so its one send never waits, whether or not Do is
// still there to receive. When Do gave up, the value stays in the buffer,
// and the channel is collected with it once nothing refers to it.
package timeout

import (
	"errors"
	"time"
)

// ErrTimeout is what Do returns when work has not returned within the timeout.
var ErrTimeout = errors.New("timeout: the work did not return in time")

// Do runs work in a new goroutine and waits for it, at most timeout. If work
// returns first, Do returns at once what it returned: its value, or, if it
// returned an error, that error. Otherwise Do returns ErrTimeout when timeout
// has passed, without waiting for work any longer. Work cannot be stopped;
// when it returns after Do gave up, its result is dropped and its goroutine
// ends: Do leaves no goroutine behind. Do may be called from many goroutines
// at once.
func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	// One slot each: the goroutine sends once, on one of them, and must
	// never wait for a receiver that may have stopped listening.
	ch := make(chan string, 1)
	errCh := make(chan error, 1)
	go func() {
		if v, err := work(); err != nil {
			errCh <- err
		} else {
			ch <- v
		}
	}()
	select {
	case v := <-ch:
		return v, nil
	case err := <-errCh:
		return "", err
	case <-time.After(timeout):
		return "", ErrTimeout
	}
}
