// want: fail
// A new WaitGroup for every Publish; Wait waits for the last one only.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	wg          *sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	wg := &sync.WaitGroup{}
	h.mu.Lock()
	h.wg = wg
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	wg := h.wg
	h.mu.Unlock()
	if wg != nil {
		wg.Wait()
	}
}
