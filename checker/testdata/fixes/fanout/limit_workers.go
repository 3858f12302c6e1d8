// want: fail
// At most 8 deliveries at a time, "so a big hub does not start too many goroutines".
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
	wg          sync.WaitGroup
	sem         chan struct{}
	mu          sync.Mutex
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	if h.sem == nil {
		h.sem = make(chan struct{}, 8)
	}
	sem := h.sem
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
