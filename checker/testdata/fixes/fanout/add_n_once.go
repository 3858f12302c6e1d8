// want: pass
// One wg.Add(len(subscribers)) per Publish, before the loop.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
	wg          sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.wg.Add(len(h.subscribers))
	for _, sub := range h.subscribers {
		go func(s func(string)) {
			defer h.wg.Done()
			s(msg)
		}(sub)
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
