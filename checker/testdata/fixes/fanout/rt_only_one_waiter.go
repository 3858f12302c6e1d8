// want: fail
// Correct counting, but a Wait that finds another Wait already waiting returns at once "since that one waits anyway": breaks "every call waits".
package fanout

import (
	"sync"
	"sync/atomic"
)

type Hub struct {
	subscribers []func(msg string)
	wg          sync.WaitGroup
	waiting     atomic.Bool
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	if !h.waiting.CompareAndSwap(false, true) {
		return
	}
	defer h.waiting.Store(false)
	h.wg.Wait()
}
