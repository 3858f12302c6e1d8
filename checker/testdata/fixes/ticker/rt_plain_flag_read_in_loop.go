// want: race
// Stop sets a plain bool under a mutex, the goroutine reads it without the lock after each tick
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
	t := time.NewTicker(period)
	go func() {
		defer close(h.exited)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				if h.stopped {
					return
				}
				beat()
			case <-h.done:
				return
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
