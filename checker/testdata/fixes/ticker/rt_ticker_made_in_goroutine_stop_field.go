// want: race panic
// the goroutine makes the ticker and stores it in a field, and Stop stops it through the field: a Stop right after Start reads the field while it is written (or finds it nil)
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	t      *time.Ticker
	once   sync.Once
	done   chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	go func() {
		defer close(h.exited)
		h.t = time.NewTicker(period)
		for {
			select {
			case <-h.t.C:
				beat()
			case <-h.done:
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() {
		h.t.Stop()
		close(h.done)
	})
	<-h.exited
}
