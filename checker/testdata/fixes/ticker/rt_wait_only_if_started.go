// want: fail
// the goroutine sets an atomic "running" flag as it starts, and Stop waits for exited only if the flag is set: a Stop right after Start does not wait, and the goroutine may beat afterwards
package ticker

import (
	"sync"
	"sync/atomic"
	"time"
)

type Heartbeat struct {
	once    sync.Once
	running atomic.Bool
	done    chan struct{}
	exited  chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	go func() {
		h.running.Store(true)
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
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() { close(h.done) })
	if h.running.Load() {
		<-h.exited
	}
}
