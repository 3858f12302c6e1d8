// want: fail
// At most 8 deliveries at a time, "so a big hub does not start too many goroutines".
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	stopped bool
	wg      sync.WaitGroup
	sem     chan struct{}
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
	if h.sem == nil {
		h.sem = make(chan struct{}, 8)
	}
	for _, sub := range h.subscribers {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			h.sem <- struct{}{}
			defer func() { <-h.sem }()
			sub(msg)
		}()
	}
}

func (h *Hub) Stop() {
	h.mu.Lock()
	h.stopped = true
	h.mu.Unlock()
	h.wg.Wait()
}
