// want: pass
// A fresh time.After each time round the loop, in a select with the done
// channel; Stop closes done under a mutex, once, and waits for the goroutine.
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
	go func() {
		defer close(h.exited)
		for {
			select {
			case <-h.done:
				return
			case <-time.After(period):
				beat()
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
