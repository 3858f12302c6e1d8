// want: pass
// a time.Timer Reset after each beat instead of a ticker; a done channel closed once and a WaitGroup
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	done chan struct{}
	once sync.Once
	wg   sync.WaitGroup
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	h.wg.Go(func() {
		t := time.NewTimer(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				beat()
				t.Reset(period)
			case <-h.done:
				return
			}
		}
	})
	return h
}

func (h *Heartbeat) Stop() {
	h.once.Do(func() { close(h.done) })
	h.wg.Wait()
}
