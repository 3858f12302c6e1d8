// want: deadlock timeout fail
// done closed once; Stops wait on a sync.Cond for the goroutine's exit, but the goroutine Signals instead of Broadcasting: of two Stops waiting, one is never woken
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	once   sync.Once
	done   chan struct{}
	mu     sync.Mutex
	cond   *sync.Cond
	exited bool
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	h.cond = sync.NewCond(&h.mu)
	t := time.NewTicker(period)
	go func() {
		defer func() {
			h.mu.Lock()
			h.exited = true
			h.cond.Signal()
			h.mu.Unlock()
		}()
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
	h.mu.Lock()
	for !h.exited {
		h.cond.Wait()
	}
	h.mu.Unlock()
}
