// want: race leak
// The goroutine checks a stopped flag at every tick, and Stop sets it and
// stops the ticker: the flag is a plain bool two goroutines share, and after
// the ticker stops no tick comes to let the goroutine see it.
package ticker

import "time"

type Heartbeat struct {
	ticker  *time.Ticker
	stopped bool
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{ticker: time.NewTicker(period)}
	go func() {
		for range h.ticker.C {
			if h.stopped {
				return
			}
			beat()
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.stopped = true
	h.ticker.Stop()
}
