// want: fail
// The goroutine stores the result under a mutex; Do polls it every millisecond until the timeout: no leak, but Do returns up to a millisecond after work (breaks "returns at once").
package timeout

import (
	"errors"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	var (
		mu       sync.Mutex
		finished bool
		v        string
		err      error
	)
	go func() {
		rv, rerr := work()
		mu.Lock()
		finished, v, err = true, rv, rerr
		mu.Unlock()
	}()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		mu.Lock()
		if finished {
			defer mu.Unlock()
			if err != nil {
				return "", err
			}
			return v, nil
		}
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	return "", ErrTimeout
}
