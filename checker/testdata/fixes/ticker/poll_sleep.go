// want: fail
// The default case now sleeps a millisecond before looking again: much less
// CPU than a spin, but the heartbeat still wakes a thousand times a second
// between beats, and Stop waits for the current nap to end.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	once   sync.Once
	done   chan struct{}
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{}), exited: make(chan struct{})}
	ticker := time.NewTicker(period)
	go func() {
		defer close(h.exited)
		defer ticker.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-ticker.C:
				beat()
			default:
				time.Sleep(time.Millisecond)
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() { close(h.done) })
	<-h.exited
}
