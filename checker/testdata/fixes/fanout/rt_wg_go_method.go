// want: pass
// sync.WaitGroup.Go (Go 1.25) starts each delivery and counts it before it starts.
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	wg          sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		h.wg.Go(func() { sub(msg) })
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
