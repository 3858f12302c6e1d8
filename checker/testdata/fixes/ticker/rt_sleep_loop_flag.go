// want: fail timeout
// time.Sleep(period) in a loop with an atomic stopped flag, and Stop waits for the goroutine: Stop waits for the sleep, up to a whole period
package ticker

import (
	"sync"
	"sync/atomic"
	"time"
)

type Heartbeat struct {
	stopped atomic.Bool
	wg      sync.WaitGroup
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		for {
			time.Sleep(period)
			if h.stopped.Load() {
				return
			}
			beat()
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.stopped.Store(true)
	h.wg.Wait()
}
