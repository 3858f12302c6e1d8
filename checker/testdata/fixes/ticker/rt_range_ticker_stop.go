// want: leak fail
// the loop blocks now (for range t.C), but Stop only stops the ticker: the goroutine waits on t.C forever
package ticker

import "time"

type Heartbeat struct {
	t *time.Ticker
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{t: time.NewTicker(period)}
	go func() {
		for range h.t.C {
			beat()
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.t.Stop()
}
