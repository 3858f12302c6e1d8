// want: pass
// A count of running deliveries under the mutex, and a sync.Cond that Stop waits on
// (Cond.Wait lets go of the lock, so a subscriber can still Publish).
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	cond    *sync.Cond
	stopped bool
	running int
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped {
		return
	}
	if h.cond == nil {
		h.cond = sync.NewCond(&h.mu)
	}
	h.running += len(h.subscribers)
	for _, sub := range h.subscribers {
		go func() {
			defer func() {
				h.mu.Lock()
				h.running--
				if h.running == 0 {
					h.cond.Broadcast()
				}
				h.mu.Unlock()
			}()
			sub(msg)
		}()
	}
}

func (h *Hub) Stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopped = true
	if h.cond == nil {
		h.cond = sync.NewCond(&h.mu)
	}
	for h.running > 0 {
		h.cond.Wait()
	}
}
