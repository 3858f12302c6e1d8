// want: fail
// Wait sleeps "long enough" instead of waiting.
package fanout

import (
	"time"
)

type Hub struct {
	subscribers []func(msg string)
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		go sub(msg)
	}
}

func (h *Hub) Wait() {
	time.Sleep(10 * time.Millisecond)
}
