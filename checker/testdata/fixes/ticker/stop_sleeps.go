// want: fail
// Stop closes done, once, and then gives the goroutine a period to notice,
// instead of waiting for it to return.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	period time.Duration
	once   sync.Once
	done   chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{period: period, done: make(chan struct{})}
	ticker := time.NewTicker(period)
	go func() {
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
	h.once.Do(func() { close(h.done) })
	time.Sleep(h.period)
}
