// want: fail
// One mutex held for the whole Get, fetch included: every key is fetched
// once, but one slow fetch holds up the Gets of every other key, and fetches
// of different keys run one after another.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.Mutex
	values map[string]string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string)}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.values[key]; ok {
		return v, nil
	}
	v, err := c.fetch(key)
	if err != nil {
		return "", err
	}
	c.values[key] = v
	return v, nil
}
