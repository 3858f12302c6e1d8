// Package fanout is a Hub that fans each message out to every subscriber, one
// goroutine per delivery, and a Wait that waits for the deliveries. But each
// delivery counts itself in the WaitGroup from its own goroutine, so the
// hub's wg.Wait can look before any Add and return while deliveries are yet
// to run.
//
// Your task: make Wait wait for every delivery, keeping Publish's promise to
// return at once. Then run `make check NAME=fanout`.
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
		go h.deliver(sub, msg)
	}
}

// deliver calls sub with msg, counted in h.wg so that Wait waits for it.
func (h *Hub) deliver(sub func(msg string), msg string) {
	h.wg.Add(1)
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
