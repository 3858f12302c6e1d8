// want: fail deadlock timeout
// cached values under a read lock, a miss takes the write lock and fetches under it: no herd, but every other key waits for the slow fetch
package cache

import "sync"

type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.RWMutex
	values map[string]string
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string)}
}

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
