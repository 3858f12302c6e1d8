// want: panic fail race
// wg.Add(1) just after each go statement instead of before: the delivery may call Done first, the counter goes negative (breaks "Wait waits", and panics).
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
		go h.deliver(sub, msg)
		h.wg.Add(1)
	}
}

func (h *Hub) deliver(sub func(msg string), msg string) {
	defer h.wg.Done()
	sub(msg)
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
