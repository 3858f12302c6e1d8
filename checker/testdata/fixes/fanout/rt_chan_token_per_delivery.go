// want: pass
// A counter channel: Publish raises a mutex-guarded count before each go; the delivery that brings it to zero closes the current idle channel; Wait waits on it.
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	running     int
	idle        chan struct{} // closed while running == 0
}

func New(subscribers ...func(msg string)) *Hub {
	idle := make(chan struct{})
	close(idle)
	return &Hub{subscribers: subscribers, idle: idle}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		h.mu.Lock()
		if h.running == 0 {
			h.idle = make(chan struct{})
		}
		h.running++
		h.mu.Unlock()
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
		close(h.idle)
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	idle := h.idle
	h.mu.Unlock()
	<-idle
}
