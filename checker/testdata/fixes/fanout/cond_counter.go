// want: pass
// A count of running deliveries under a mutex, raised before the go statement, and a
// sync.Cond that Wait waits on (Cond.Wait lets go of the lock, so a subscriber can
// still Publish).
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	cond        *sync.Cond
	running     int
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) lazyCond() *sync.Cond {
	if h.cond == nil {
		h.cond = sync.NewCond(&h.mu)
	}
	return h.cond
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	h.running += len(h.subscribers)
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		go func() {
			defer func() {
				h.mu.Lock()
				h.running--
				if h.running == 0 {
					h.lazyCond().Broadcast()
				}
				h.mu.Unlock()
			}()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for h.running > 0 {
		h.lazyCond().Wait()
	}
}
