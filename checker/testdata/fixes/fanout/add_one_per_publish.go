// want: panic fail
// wg.Add(1) once per Publish, but one Done per subscriber: the counter goes negative
// (a panic), or reaches zero early and Wait returns before a delivery ran (a failing test).
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
	for _, sub := range h.subscribers {
		go func() {
			defer h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
