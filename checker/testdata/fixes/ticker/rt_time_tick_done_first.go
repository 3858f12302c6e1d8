// want: pass
// time.Tick (collected once unreferenced, since Go 1.23), done looked at again after each tick before beating; close under Once, wait on exited
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
	tick := time.Tick(period)
	go func() {
		defer close(h.exited)
		for {
			select {
			case <-h.done:
				return
			case <-tick:
				select {
				case <-h.done:
					return
				default:
				}
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() { close(h.done) })
	<-h.exited
}
