// want: fail race
// The goroutine joins the WaitGroup itself, as its first step: a Stop that
// comes before the goroutine has run finds the count at zero and returns,
// and the goroutine starts afterwards.
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
	go func() {
		h.wg.Add(1)
		defer h.wg.Done()
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
				beat()
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.cancel()
	h.wg.Wait()
}
