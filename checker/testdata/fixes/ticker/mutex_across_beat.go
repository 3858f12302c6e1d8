// want: pass
// The goroutine holds a mutex while beat runs, and Stop takes the same
// mutex to set the stopped flag: so Stop waits for a running beat by
// waiting for the lock, and the loop looks at the flag before each beat.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	mu      sync.Mutex
	stopped bool
	done    chan struct{}
	exited  chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	ticker := time.NewTicker(period)
	go func() {
		defer close(h.exited)
		defer ticker.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-ticker.C:
				h.mu.Lock()
				if h.stopped {
					h.mu.Unlock()
					return
				}
				beat()
				h.mu.Unlock()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.mu.Lock()
	if !h.stopped {
		h.stopped = true
		close(h.done)
	}
	h.mu.Unlock()
	<-h.exited
}
