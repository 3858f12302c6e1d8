// want: deadlock timeout fail
// Stop sends on a stop channel with room for one and waits for exited: the first and second Stop return, a third blocks forever on the full channel
package ticker

import "time"

type Heartbeat struct {
	stop   chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{stop: make(chan struct{}, 1), exited: make(chan struct{})}
	t := time.NewTicker(period)
	go func() {
		defer close(h.exited)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				beat()
			case <-h.stop:
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.stop <- struct{}{}
	<-h.exited
}
