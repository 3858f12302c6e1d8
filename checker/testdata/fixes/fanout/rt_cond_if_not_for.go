// want: fail
// Every finished delivery broadcasts, and Wait checks the counter with if instead of for: it returns after the first delivery ends (breaks "no subscriber is running").
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	changed     *sync.Cond
	running     int
}

func New(subscribers ...func(msg string)) *Hub {
	h := &Hub{subscribers: subscribers}
	h.changed = sync.NewCond(&h.mu)
	return h
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	h.running += len(h.subscribers)
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		go func() {
			defer h.done()
			sub(msg)
		}()
	}
}

func (h *Hub) done() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.running--
	h.changed.Broadcast()
}

func (h *Hub) Wait() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.running > 0 {
		h.changed.Wait()
	}
}
