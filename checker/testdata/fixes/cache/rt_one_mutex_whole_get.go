// want: fail deadlock timeout
// one mutex around the whole Get, fetch included: Gets of every other key wait for a slow fetch
package cache

import "sync"

type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.Mutex
	values map[string]string
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string)}
}

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
