// want: pass
// wg.Add(1) in Publish just before each go statement, Done deferred in the delivery.
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
		h.wg.Add(1)
		go h.deliver(sub, msg)
	}
}

func (h *Hub) deliver(sub func(msg string), msg string) {
	defer h.wg.Done()
	sub(msg)
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
