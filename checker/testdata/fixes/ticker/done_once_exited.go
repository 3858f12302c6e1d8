// want: pass
// A done channel closed once (sync.Once) tells the goroutine to stop, and a
// second channel, closed by the goroutine as it returns, tells Stop it has.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	done     chan struct{}
	exited   chan struct{}
	stopOnce sync.Once
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	go func() {
		defer close(h.exited)
		ticker := time.NewTicker(period)
		defer ticker.Stop()
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
	h.stopOnce.Do(func() { close(h.done) })
	<-h.exited
}
