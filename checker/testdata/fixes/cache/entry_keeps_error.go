// want: fail
// Per-key entries with a done channel, right in every way but one: a failed
// entry stays in the map, so the error is remembered and the key is never
// fetched again.
package cache

import "sync"

type entry struct {
	done  chan struct{}
	value string
	err   error
}

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch   func(key string) (string, error)
	mu      sync.Mutex
	entries map[string]*entry
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, entries: make(map[string]*entry)}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok {
		c.mu.Unlock()
		<-e.done
		return e.value, e.err
	}
	e = &entry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()
	e.value, e.err = c.fetch(key)
	close(e.done)
	return e.value, e.err
}
