// want: fail
// Stop closes done, once, and returns: it does not wait for a beat that is
// running, nor for the goroutine to see done.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	once sync.Once
	done chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	ticker := time.NewTicker(period)
	go func() {
		defer ticker.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-ticker.C:
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() { close(h.done) })
}
