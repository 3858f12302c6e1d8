// want: fail
// Stop closes done once and then sleeps one period "so the goroutine has time to finish": it waits for the next tick, and a beat longer than a period still runs
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	once   sync.Once
	period time.Duration
	done   chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{period: period, done: make(chan struct{})}
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
	time.Sleep(h.period)
}
