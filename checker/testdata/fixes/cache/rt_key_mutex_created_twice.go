// want: fail
// a mutex per key, but looked up in one critical section and created in another: two Gets that miss together each make one, and both fetch
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
	v, ok := c.values[key]
	km := c.keys[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	if km == nil {
		km = new(sync.Mutex)
		c.mu.Lock()
		c.keys[key] = km
		c.mu.Unlock()
	}
	km.Lock()
	defer km.Unlock()
	c.mu.Lock()
	v, ok = c.values[key]
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
