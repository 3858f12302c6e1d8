// want: pass
// Publish records one done channel per delivery before starting it; Wait waits on the pending ones until none is left open.
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	pending     []chan struct{}
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		done := make(chan struct{})
		h.mu.Lock()
		h.pending = append(h.pending, done)
		h.mu.Unlock()
		go func() {
			defer close(done)
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	for {
		h.mu.Lock()
		open := h.pending[:0]
		for _, c := range h.pending {
			select {
			case <-c:
			default:
				open = append(open, c)
			}
		}
		clear(h.pending[len(open):])
		h.pending = open
		waitFor := append([]chan struct{}(nil), open...)
		h.mu.Unlock()
		if len(waitFor) == 0 {
			return
		}
		for _, c := range waitFor {
			<-c
		}
	}
}
