// want: fail race
// The shipped mistake in a function literal: Add first thing in the goroutine.
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
		go func() {
			h.wg.Add(1)
			defer h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
