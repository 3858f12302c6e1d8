// want: pass
// stopped as an atomic.Bool, but checked and counted under the same lock as before;
// Stop stores it under the lock too.
package fanout

import (
	"sync"
	"sync/atomic"
)

type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	stopped atomic.Bool
	wg      sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped.Load() {
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
	h.stopped.Store(true)
	h.mu.Unlock()
	h.wg.Wait()
}
