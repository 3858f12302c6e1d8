// want: pass
// One time.Timer, Reset after each beat, and a context to stop; Stop waits
// on a WaitGroup.
package ticker

import (
	"context"
	"sync"
	"time"
)

type Heartbeat struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func Start(period time.Duration, beat func()) *Heartbeat {
	ctx, cancel := context.WithCancel(context.Background())
	h := &Heartbeat{cancel: cancel}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		timer := time.NewTimer(period)
		defer timer.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-timer.C:
				beat()
				timer.Reset(period)
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.cancel()
	h.wg.Wait()
}
