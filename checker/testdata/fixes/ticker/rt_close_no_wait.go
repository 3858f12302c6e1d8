// want: fail
// Stop closes done once and returns at once: a beat that is running is still running after Stop returns
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	once sync.Once
	done chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	t := time.NewTicker(period)
	go func() {
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
}
