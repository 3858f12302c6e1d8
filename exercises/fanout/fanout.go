// Package fanout is a Hub that fans each message out to every subscriber, one
// goroutine per delivery, and a Stop that waits for the deliveries. But each
// delivery counts itself in the WaitGroup from its own goroutine, so Stop's
// wg.Wait can look before any Add and return while deliveries are yet to run.
//
// Your task: make Stop wait for every delivery, keeping Publish's promise to
// return at once. Then run `make check NAME=fanout`.
package fanout

import "sync"

// A Hub hands every published message to each of its subscribers. Its
// methods may be called from any goroutine, also at the same time, and also
// from inside a subscriber.
type Hub struct {
	subscribers []func(msg string)

	mu      sync.Mutex
	stopped bool
	wg      sync.WaitGroup // counts the deliveries still running
}

// New returns a Hub that delivers every message to each of subscribers.
func New(subscribers ...func(msg string)) *Hub {
	return &Hub{subscribers: subscribers}
}

// Publish delivers msg to every subscriber, each call in a goroutine of its
// own, all at the same time, and returns at once, without waiting for them.
// Once Stop has been called, Publish does nothing.
func (h *Hub) Publish(msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped {
		return
	}
	for _, sub := range h.subscribers {
		go h.deliver(sub, msg)
	}
}

// deliver calls sub with msg, counted in h.wg so that Stop waits for it.
func (h *Hub) deliver(sub func(msg string), msg string) {
	h.wg.Add(1)
	defer h.wg.Done()
	sub(msg)
}

// Stop makes every later Publish do nothing and waits until every delivery
// has returned: once Stop returns, no subscriber is running and none will be
// called again. Stop may be called more than once; every call waits.
func (h *Hub) Stop() {
	h.mu.Lock()
	h.stopped = true
	h.mu.Unlock()
	h.wg.Wait()
}
