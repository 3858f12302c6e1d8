// want: fail
// An RWMutex: readers look under RLock, and a miss fetches under the write
// lock (looking again first). Each key is fetched once, but the write lock is
// held while fetching, so a slow key holds up every other, cached ones too.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.RWMutex
	values map[string]string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string)}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.RLock()
	v, ok := c.values[key]
	c.mu.RUnlock()
	if ok {
		return v, nil
	}
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
