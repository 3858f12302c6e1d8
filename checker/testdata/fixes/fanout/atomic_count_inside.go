// want: fail
// An atomic count instead of a WaitGroup, but still raised inside the goroutine.
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
		go func() {
			h.running.Add(1)
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
