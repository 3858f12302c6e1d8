// want: panic
// Stop looks at an atomic flag, closes done, then sets the flag: two Stops
// at once can both see it unset and both close done.
package ticker

import (
	"sync/atomic"
	"time"
)

type Heartbeat struct {
	stopped atomic.Bool
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
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	if !h.stopped.Load() {
		close(h.done)
		h.stopped.Store(true)
	}
	<-h.exited
}
