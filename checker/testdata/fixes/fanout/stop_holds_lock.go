// want: fail
// Stop keeps the lock while it waits, so that no Publish can slip in; but a Publish
// called meanwhile now waits behind Stop.
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
	defer h.mu.Unlock()
	h.stopped = true
	h.wg.Wait()
}
