// want: pass
// Whichever Stop wins a compare-and-swap closes the done channel; every Stop
// then waits for the goroutine to close exited.
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
	if h.stopped.CompareAndSwap(false, true) {
		close(h.done)
	}
	<-h.exited
}
