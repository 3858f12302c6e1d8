// want: pass
// a context that Stop cancels (safe to repeat), and a channel the goroutine closes as it returns
package ticker

import (
	"context"
	"time"
)

type Heartbeat struct {
	cancel context.CancelFunc
	exited chan struct{}
}

func Start(period time.Duration, beat func()) *Heartbeat {
	ctx, cancel := context.WithCancel(context.Background())
	h := &Heartbeat{cancel: cancel, exited: make(chan struct{})}
	go func() {
		defer close(h.exited)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				beat()
			case <-ctx.Done():
				return
			}
		}
	}()
	return h
}

func (h *Heartbeat) Stop() {
	h.cancel()
	<-h.exited
}
