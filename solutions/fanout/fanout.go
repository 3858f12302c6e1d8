// Package fanout is the reference solution: Publish counts each delivery in
// the WaitGroup before the go statement that starts it, so Wait, which the
// caller calls after Publish has returned, always finds it counted. A
// subscriber that publishes adds to a counter that its own delivery keeps
// above zero, which a WaitGroup allows while Wait waits.
package fanout

import "sync"

// A Hub hands every published message to each of its subscribers.
type Hub struct {
	subscribers []func(msg string)
	wg          sync.WaitGroup // counts the deliveries still running
}

// New returns a Hub that delivers every message to each of subscribers.
func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

// Publish delivers msg to every subscriber, each call in a goroutine of its
// own, all at the same time, and returns at once, without waiting for them.
// Publish may be called from any goroutine, also at the same time, and from
// inside a subscriber.
func (h *Hub) Publish(msg string) {
	for _, sub := range h.subscribers {
		h.wg.Add(1) // here, before the go statement: a Wait after Publish must see it
		go h.deliver(sub, msg)
	}
}

// deliver calls sub with msg; Publish has counted it in h.wg, so that Wait
// waits for it.
func (h *Hub) deliver(sub func(msg string), msg string) {
	defer h.wg.Done()
	sub(msg)
}

// Wait waits until every delivery of every Publish that returned before it
// was called has returned, and so have the deliveries of any message that
// subscribers publish meanwhile: once Wait returns, no subscriber is running.
// Wait may be called from any goroutine, more than once, also at the same
// time; every call waits. As with a sync.WaitGroup, Publish must not be
// called from outside a subscriber while a Wait is waiting.
func (h *Hub) Wait() {
	h.wg.Wait()
}
