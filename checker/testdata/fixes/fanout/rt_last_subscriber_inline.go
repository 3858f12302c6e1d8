// want: fail deadlock timeout
// Starts a goroutine for every subscriber but the last, which Publish calls itself "to save a goroutine": Publish no longer returns at once.
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
	n := len(h.subscribers)
	if n == 0 {
		return
	}
	for _, sub := range h.subscribers[:n-1] {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			sub(msg)
		}()
	}
	h.subscribers[n-1](msg)
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
