// want: fail panic
// Each delivery reports on a channel, and Wait closes a done channel when the count
// reaches zero: the second Wait, or the next round, finds it closed already.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	running     int
	done        chan struct{}
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	if h.done == nil {
		h.done = make(chan struct{})
	}
	h.running += len(h.subscribers)
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		go func() {
			sub(msg)
			h.mu.Lock()
			h.running--
			if h.running == 0 {
				close(h.done)
			}
			h.mu.Unlock()
		}()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	done := h.done
	h.mu.Unlock()
	if done != nil {
		<-done
	}
}
