// want: race panic
// Stop closes done only if a plain stopped flag is not set yet, and waits
// for the goroutine: fine one call at a time, but Stops from several
// goroutines read and write the flag at once.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	stopped bool
	done    chan struct{}
	wg      sync.WaitGroup
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{done: make(chan struct{})}
	ticker := time.NewTicker(period)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer ticker.Stop()
		for {
			select {
			case <-h.done:
				return
			case <-ticker.C:
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	if !h.stopped {
		h.stopped = true
		close(h.done)
	}
	h.wg.Wait()
}
