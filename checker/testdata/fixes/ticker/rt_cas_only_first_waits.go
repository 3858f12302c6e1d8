// want: fail
// CompareAndSwap picks the Stop that closes done, but only that Stop waits: a second Stop at the same time returns while the beat still runs
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
	if h.stopped.CompareAndSwap(false, true) {
		close(h.done)
		<-h.exited
	}
}
