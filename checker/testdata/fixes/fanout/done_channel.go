// want: panic
// Stop closes a done channel that the deliveries report to; a second Stop closes it again.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	stopped bool
	wg      sync.WaitGroup
	done    chan struct{}
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
	for _, sub := range h.subscribers {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Stop() {
	h.mu.Lock()
	h.stopped = true
	if h.done == nil {
		h.done = make(chan struct{})
	}
	h.mu.Unlock()
	h.wg.Wait()
	close(h.done)
}
