// want: leak
// a helper goroutine forwards ticks to the beating goroutine, which ends on Stop; the helper is left blocked forever
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	once   sync.Once
	done   chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	t := time.NewTicker(period)
	ticks := make(chan time.Time)
	go func() {
		for tick := range t.C {
			ticks <- tick
		}
	}()
	go func() {
		defer close(h.exited)
		defer t.Stop()
		for {
			select {
			case <-ticks:
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
	<-h.exited
}
