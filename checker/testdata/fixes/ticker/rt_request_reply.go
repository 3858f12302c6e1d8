// want: pass
// the goroutine owns the ticker and serves Stop requests: Stop sends a reply channel and waits for it, or finds exited closed
package ticker

import "time"

type Heartbeat struct {
	stop   chan chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{stop: make(chan chan struct{}), exited: make(chan struct{})}
	go func() {
		defer close(h.exited)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				beat()
			case ack := <-h.stop:
				close(ack)
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	ack := make(chan struct{})
	select {
	case h.stop <- ack:
		<-ack
		<-h.exited
	case <-h.exited:
	}
}
