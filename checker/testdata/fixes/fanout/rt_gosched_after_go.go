// want: fail race
// Keeps Add inside the delivery and has Publish yield (runtime.Gosched) after starting them, hoping they count themselves first: scheduling is not synchronisation (breaks "Wait waits for every delivery").
package fanout

import (
	"runtime"
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
	for _, sub := range h.subscribers {
		go h.deliver(sub, msg)
	}
	runtime.Gosched()
}

func (h *Hub) deliver(sub func(msg string), msg string) {
	h.wg.Add(1)
	defer h.wg.Done()
	sub(msg)
}

func (h *Hub) Wait() {
	h.wg.Wait()
}
