// want: fail
// Publish waits for its own deliveries, so Wait has nothing left to wait for; but
// Publish no longer returns at once.
package fanout

import (
	"sync"
)

type Hub struct {
	subscribers []func(msg string)
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	var wg sync.WaitGroup
	for _, sub := range h.subscribers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sub(msg)
		}()
	}
	wg.Wait()
}

func (h *Hub) Wait() {}
