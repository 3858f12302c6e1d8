// want: panic
// close(done) and wait, with nothing to stop a second Stop from closing done again: "may be called more than once" panics
package ticker

import "time"

type Heartbeat struct {
	done   chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	t := time.NewTicker(period)
	go func() {
		defer close(h.exited)
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
	close(h.done)
	<-h.exited
}
