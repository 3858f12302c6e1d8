// want: deadlock
// Stop sends on an unbuffered stop channel, which the goroutine receives
// once: a second Stop waits forever for a receiver that has gone.
package ticker

import "time"

type Heartbeat struct {
	stop chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{stop: make(chan struct{})}
	ticker := time.NewTicker(period)
	go func() {
		defer ticker.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-ticker.C:
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.stop <- struct{}{}
}
