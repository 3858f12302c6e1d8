// want: fail
// done closed once; Stop waits for the goroutine by polling an atomic "exited" flag every millisecond: it waits for time to pass, which Stop promises not to
package ticker

import (
	"sync"
	"sync/atomic"
	"time"
)

type Heartbeat struct {
	once   sync.Once
	done   chan struct{}
	exited atomic.Bool
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	t := time.NewTicker(period)
	go func() {
		defer h.exited.Store(true)
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
	for !h.exited.Load() {
		time.Sleep(time.Millisecond)
	}
}
