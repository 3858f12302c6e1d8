// Package cache is the reference solution: one mutex guards a map of
// entries, one per key. The first Get for a key puts an entry in, fetches
// with the lock released, and closes the entry's done channel; the Gets that
// find the entry wait on done. A failed entry is taken out of the map before
// done is closed, so the next Get fetches again.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch   func(key string) (string, error)
	mu      sync.Mutex // guards entries
	entries map[string]*entry
}

// entry is one key's fetch: value and err are written before done is closed
// and only read after.
type entry struct {
	done  chan struct{}
	value string
	err   error
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, entries: make(map[string]*entry)}
}

// Get returns the value for key. The first Get for a key calls fetch(key)
// and the Cache remembers its value; later Gets return it without calling
// fetch. Get is safe to call from many goroutines at once:
//   - fetch(key) never runs twice at once: a Get that comes while it runs
//     waits for it and returns its result;
//   - Gets for different keys never wait for each other: a slow fetch holds
//     up only the Gets of its own key, and fetches of different keys run at
//     the same time;
//   - if fetch fails, the Cache remembers nothing: that Get returns the
//     error, and a later Get for the key calls fetch again (a Get that was
//     waiting for the failed call returns its error, or fetches again).
func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		c.mu.Unlock()
		<-e.done
		return e.value, e.err
	}
	e := &entry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()

	e.value, e.err = c.fetch(key)
	if e.err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	close(e.done)
	return e.value, e.err
}
