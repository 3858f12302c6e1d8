// want: fail deadlock
// Publish and Wait share a mutex "so that nothing is published while Wait waits":
// a subscriber that publishes then waits for Wait, and Wait for it.
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
	h.mu.Lock()
	defer h.mu.Unlock()
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
