// want: pass
// wg.Add(len(subscribers)) once per Publish, under a (needless) mutex, before any go statement.
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	wg          sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	h.wg.Add(len(h.subscribers))
	h.mu.Unlock()
	for i := range h.subscribers {
		go func(sub func(string)) {
			defer h.wg.Done()
			sub(msg)
		}(h.subscribers[i])
	}
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
