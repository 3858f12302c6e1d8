// want: fail
// A done channel made in New, closed (through a sync.Once) when the count first reaches zero and never remade: on a hub used again Wait returns at once (breaks "every call waits").
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	running     int
	idle        chan struct{}
	once        sync.Once
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers, idle: make(chan struct{})}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	h.running += len(h.subscribers)
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		go func() {
			defer h.finish()
			sub(msg)
		}()
	}
}

func (h *Hub) finish() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.running--
	if h.running == 0 {
		h.once.Do(func() { close(h.idle) })
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	n := h.running
	h.mu.Unlock()
	if n == 0 {
		return
	}
	<-h.idle
}
