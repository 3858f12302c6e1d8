// want: pass
// a mutex per key, found or made in the same critical section as the lookup, held across fetch; the map is looked at again once it is held
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
	c.mu.Unlock()

	km.Lock()
	defer km.Unlock()
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
