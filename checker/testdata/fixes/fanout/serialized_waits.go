// want: pass
// Add before go; Wait takes a mutex of its own, so that concurrent Waits take turns.
// Publish never takes it, so a subscriber can still publish while a Wait waits.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	wg          sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.wg.Wait()
}
