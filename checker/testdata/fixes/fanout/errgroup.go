// want: pass
// An errgroup.Group in place of the WaitGroup: Go counts before it starts.
package fanout

import (
	"golang.org/x/sync/errgroup"
	"sync"
)

type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	stopped bool
	g       errgroup.Group
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
		h.g.Go(func() error {
			sub(msg)
			return nil
		})
	}
}

func (h *Hub) Stop() {
	h.mu.Lock()
	h.stopped = true
	h.mu.Unlock()
	h.g.Wait()
}
