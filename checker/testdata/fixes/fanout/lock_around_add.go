// want: fail race
// "Add races with Wait", so a mutex around Add and Wait, but Add still in the goroutine.
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
		go func() {
			h.mu.Lock()
			h.wg.Add(1)
			h.mu.Unlock()
			defer h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	h.mu.Unlock()
	h.wg.Wait()
}
