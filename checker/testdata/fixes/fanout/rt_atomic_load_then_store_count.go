// want: fail deadlock timeout
// An atomic counter bumped with Load then Store (not Add) before each go and after each delivery: concurrent Publishes and deliveries lose updates, so Wait returns early or never.
package fanout

import (
	"runtime"
	"sync/atomic"
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
		h.running.Store(h.running.Load() + 1)
		go func() {
			defer func() { h.running.Store(h.running.Load() - 1) }()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	for h.running.Load() > 0 {
		runtime.Gosched()
	}
}
