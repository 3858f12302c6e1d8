// want: pass
// The goroutine returns on done but never stops its ticker. Since Go 1.23 a
// ticker nobody references is garbage collected, stopped or not, so nothing
// leaks: the goroutine, which does end, was the real leak.
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
	ticker := time.NewTicker(period)
	go func() {
		defer close(h.exited)
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
	h.once.Do(func() { close(h.done) })
	<-h.exited
}
