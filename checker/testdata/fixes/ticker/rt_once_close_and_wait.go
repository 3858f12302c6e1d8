// want: pass
// close and wait both inside once.Do: a second Stop at the same time blocks in Do until the first Do has returned, so it waits too
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
	go func() {
		defer close(h.exited)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-t.C:
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() {
		close(h.done)
		<-h.exited
	})
}
