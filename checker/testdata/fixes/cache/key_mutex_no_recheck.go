// want: fail
// A mutex per key, made in one step, but once a Get holds its key's mutex it
// fetches without looking at the map again: the Gets that queued behind the
// first fetch each fetch once more.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.Mutex
	locks  map[string]*sync.Mutex
	values map[string]string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, locks: make(map[string]*sync.Mutex), values: make(map[string]string)}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	if v, ok := c.values[key]; ok {
		c.mu.Unlock()
		return v, nil
	}
	l, ok := c.locks[key]
	if !ok {
		l = new(sync.Mutex)
		c.locks[key] = l
	}
	c.mu.Unlock()

	l.Lock()
	defer l.Unlock()
	v, err := c.fetch(key)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	c.values[key] = v
	c.mu.Unlock()
	return v, nil
}
