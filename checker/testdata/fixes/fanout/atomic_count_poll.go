// want: pass
// An atomic count raised before each go statement; Wait sleeps a moment between looks
// until it is zero. Wasteful, but it never misses a delivery.
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
	for _, sub := range h.subscribers {
		h.running.Add(1)
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
