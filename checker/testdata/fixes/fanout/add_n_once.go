// want: pass
// One wg.Add(len(subscribers)) per Publish, before the loop.
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
	h.wg.Add(len(h.subscribers))
	for _, sub := range h.subscribers {
		go func(s func(string)) {
			defer h.wg.Done()
			s(msg)
		}(sub)
	}
}

func (h *Hub) Stop() {
	h.mu.Lock()
	h.stopped = true
	h.mu.Unlock()
	h.wg.Wait()
}
