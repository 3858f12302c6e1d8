// want: pass
// A counter under a mutex, raised in Publish before each go; the last Done broadcasts on a sync.Cond that every Wait loops on.
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	zero        *sync.Cond
	running     int
}

func New(subscribers ...func(msg string)) *Hub {
	h := &Hub{subscribers: subscribers}
	h.zero = sync.NewCond(&h.mu)
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
	if h.running == 0 {
		h.zero.Broadcast()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for h.running > 0 {
		h.zero.Wait()
	}
}
