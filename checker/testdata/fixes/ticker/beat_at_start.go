// want: fail
// The heartbeat beats at once, then waits a period: the first beat comes at
// Start, not one period after it.
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
	h.wg.Go(func() {
		ticker := time.NewTicker(period)
		defer ticker.Stop()
		for {
			beat()
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
			}
		}
	})
	return h
}

func (h *Heartbeat) Stop() {
	h.cancel()
	h.wg.Wait()
}
