// want: fail
// One WaitGroup per Publish, kept in a list; Wait waits for the ones listed when it began, not for a pong published by a subscriber meanwhile (breaks "and so have the deliveries of any message that subscribers publish meanwhile").
package fanout

import "sync"

type Hub struct {
	subscribers []func(msg string)
	mu          sync.Mutex
	groups      []*sync.WaitGroup
}

func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

func (h *Hub) Publish(msg string) {
	wg := new(sync.WaitGroup)
	wg.Add(len(h.subscribers))
	h.mu.Lock()
	h.groups = append(h.groups, wg)
	h.mu.Unlock()
	for _, sub := range h.subscribers {
		go func() {
			defer wg.Done()
			sub(msg)
		}()
	}
}

func (h *Hub) Wait() {
	h.mu.Lock()
	groups := h.groups
	h.mu.Unlock()
	for _, wg := range groups {
		wg.Wait()
	}
}
