// want: panic
// an atomic.Bool Load, then Store(true) and close: two Stops at the same moment both see false and both close done
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
	t := time.NewTicker(period)
	go func() {
		defer close(h.exited)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				beat()
			case <-h.done:
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	if !h.stopped.Load() {
		h.stopped.Store(true)
		close(h.done)
	}
	<-h.exited
}
