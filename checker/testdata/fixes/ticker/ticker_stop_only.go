// want: leak
// The default case is gone, so the goroutine blocks, but Stop only stops
// the ticker: Stop does not close ticker.C, so the goroutine waits on it
// forever.
package ticker

import "time"

type Heartbeat struct {
	ticker *time.Ticker
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{ticker: time.NewTicker(period)}
	go func() {
		for range h.ticker.C {
			beat()
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.ticker.Stop()
}
