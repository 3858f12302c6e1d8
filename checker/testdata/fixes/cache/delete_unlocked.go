// want: race
// Per-key entries under a mutex, but a failed entry is deleted from the map
// without the lock ("it is only a delete"), while other Gets read and
// write the map under it.
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
	if e.err != nil {
		delete(c.entries, key)
	}
	close(e.done)
	return e.value, e.err
}
