// want: pass
// a mutex and a stopped flag around close(done); every Stop waits for exited
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
	go h.run(period, beat)
	return h
}

func (h *Heartbeat) run(period time.Duration, beat func()) {
	defer close(h.exited)
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			beat()
		case <-h.done:
			return
		}
	}
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
