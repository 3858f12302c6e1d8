// want: fail
// Each tick starts beat in a goroutine of its own, so a slow beat does not
// hold the ticks up: beats overlap, and Stop cannot wait for them.
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
	ticker := time.NewTicker(period)
	h.wg.Go(func() {
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
				go beat()
			}
		}
	})
	return h
}

func (h *Heartbeat) Stop() {
	h.cancel()
	h.wg.Wait()
}
