// want: pass
// A mutex per key, made under the Cache's mutex in the same step as the
// lookup. A Get holds its key's mutex while it fetches, and looks for the
// value again once it has it: another Get may have fetched meanwhile.
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
	c.mu.Lock()
	v, ok := c.values[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := c.fetch(key)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	c.values[key] = v
	c.mu.Unlock()
	return v, nil
}
