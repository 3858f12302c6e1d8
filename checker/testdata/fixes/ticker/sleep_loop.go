// want: fail
// The loop sleeps a period, then beats, and looks at done in between: it
// blocks and it ends, but Stop waits up to a whole period for the sleep.
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
	go func() {
		defer close(h.exited)
		for {
			time.Sleep(period)
			select {
			case <-h.done:
				return
			default:
			}
			beat()
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() { close(h.done) })
	<-h.exited
}
