// want: fail deadlock timeout
// a mutex per key, but it is locked while the global mutex is still held: a Get waiting for a slow key holds the global lock, and every other key waits
package cache

import "sync"

type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.Mutex
	values map[string]string
	keys   map[string]*sync.Mutex
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string), keys: make(map[string]*sync.Mutex)}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	if v, ok := c.values[key]; ok {
		c.mu.Unlock()
		return v, nil
	}
	km, ok := c.keys[key]
	if !ok {
		km = new(sync.Mutex)
		c.keys[key] = km
	}
	km.Lock()
	defer km.Unlock()
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
