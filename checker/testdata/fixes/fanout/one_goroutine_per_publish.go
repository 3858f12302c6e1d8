// want: fail
// One goroutine per Publish that calls the subscribers one after the other.
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
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		for _, sub := range h.subscribers {
			sub(msg)
		}
	}()
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
