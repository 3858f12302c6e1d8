// want: fail
// every map access locked, the fetch outside: the check and the act are two critical sections, so Gets that miss together all fetch
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
