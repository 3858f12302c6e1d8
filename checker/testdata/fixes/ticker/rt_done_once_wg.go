// want: pass
// a done channel closed inside sync.Once; every Stop waits on a WaitGroup for the goroutine
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
	t := time.NewTicker(period)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
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
	h.once.Do(func() { close(h.done) })
	h.wg.Wait()
}
