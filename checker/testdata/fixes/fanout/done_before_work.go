// want: fail
// Add before go, but Done called before the subscriber runs.
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
	for _, sub := range h.subscribers {
		h.wg.Add(1)
		go func() {
			h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
