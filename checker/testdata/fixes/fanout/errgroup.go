// want: pass
// An errgroup.Group in place of the WaitGroup: its Go counts before it starts.
package fanout

import (
	"golang.org/x/sync/errgroup"
)

type Hub struct {
	subscribers []func(msg string)
	g           errgroup.Group
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		h.g.Go(func() error {
			sub(msg)
			return nil
		})
	}
}

func (h *Hub) Wait() {
	h.g.Wait()
}
