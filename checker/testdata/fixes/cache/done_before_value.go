// want: race fail
// Per-key entries, but done is closed before the value is written: the
// waiting Gets wake and read value and err while the fetching Get writes them.
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
	v, err := c.fetch(key)
	close(e.done)
	e.value, e.err = v, err
	if err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	return v, err
}
