// want: pass
// a set of keys in flight under a mutex; a Get of a key in flight polls every millisecond until it is cached or no longer in flight
package cache

import (
	"sync"
	"time"
)

type Cache struct {
	fetch    func(key string) (string, error)
	mu       sync.Mutex
	values   map[string]string
	inflight map[string]bool
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string), inflight: make(map[string]bool)}
}

func (c *Cache) Get(key string) (string, error) {
	for {
		c.mu.Lock()
		if v, ok := c.values[key]; ok {
			c.mu.Unlock()
			return v, nil
		}
		if !c.inflight[key] {
			c.inflight[key] = true
			c.mu.Unlock()
			break
		}
		c.mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	v, err := c.fetch(key)
	c.mu.Lock()
	delete(c.inflight, key)
	if err == nil {
		c.values[key] = v
	}
	c.mu.Unlock()
	return v, err
}
