// Package fanout is the reference solution: Publish counts each delivery in
// the WaitGroup before it starts the delivery's goroutine, under the same lock
// as its look at stopped, so Stop's Wait never misses a delivery: either a
// Publish counted its deliveries before Stop set stopped, and Wait waits for
// them, or it sees stopped and delivers nothing.
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
		h.wg.Add(1) // here, before the go statement: Stop's Wait must see it
		go h.deliver(sub, msg)
	}
}

// deliver calls sub with msg; Publish has counted it in h.wg, so that Stop
// waits for it.
func (h *Hub) deliver(sub func(msg string), msg string) {
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
	// Not under the lock: a subscriber may call Publish, which must get the
	// lock to see stopped and return, or this Wait would wait for itself.
	h.wg.Wait()
}
