// want: pass
// An atomic counter raised in Publish before each go and lowered when a delivery returns; Wait polls it every millisecond until zero.
package fanout

import (
	"sync/atomic"
	"time"
)

type Hub struct {
	subscribers []func(msg string)
	running     atomic.Int64
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.running.Add(int64(len(h.subscribers)))
	for _, sub := range h.subscribers {
		go func() {
			defer h.running.Add(-1)
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	for h.running.Load() > 0 {
		time.Sleep(time.Millisecond)
	}
}
