// want: pass
// the goroutine holds a mutex across beat and checks a stopped flag under it; Stop sets the flag under the same mutex, so when it returns no beat runs or will run
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	mu      sync.Mutex
	stopped bool
	done    chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	t := time.NewTicker(period)
	go func() {
		defer t.Stop()
		for {
			select {
			case <-t.C:
				h.mu.Lock()
				if h.stopped {
					h.mu.Unlock()
					return
				}
				beat()
				h.mu.Unlock()
			case <-h.done:
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.stopped {
		h.stopped = true
		close(h.done)
	}
}
