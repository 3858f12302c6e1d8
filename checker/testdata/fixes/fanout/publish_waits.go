// want: fail
// Publish waits for its own deliveries: Stop has nothing left to wait for, but Publish
// no longer returns at once.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	stopped bool
	wg      sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	if h.stopped {
		h.mu.Unlock()
		return
	}
	h.mu.Unlock()
	var wg sync.WaitGroup
	for _, sub := range h.subscribers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sub(msg)
		}()
	}
	wg.Wait()
}

func (h *Hub) Stop() {
	h.mu.Lock()
	h.stopped = true
	h.mu.Unlock()
}
