// want: pass
// The goroutine owns the heartbeat: Stop hands it a request and waits for
// the goroutine to finish; a Stop that comes later finds exited closed.
package ticker

import "time"

type Heartbeat struct {
	stop   chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{stop: make(chan struct{}), exited: make(chan struct{})}
	go func() {
		defer close(h.exited)
		ticker := time.NewTicker(period)
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
	select {
	case h.stop <- struct{}{}:
	case <-h.exited:
	}
	<-h.exited
}
