// want: pass
// a fresh time.After each time round the loop, a done channel closed once, and an exited channel
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	done   chan struct{}
	exited chan struct{}
	once   sync.Once
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	go func() {
		defer close(h.exited)
		for {
			select {
			case <-time.After(period):
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
