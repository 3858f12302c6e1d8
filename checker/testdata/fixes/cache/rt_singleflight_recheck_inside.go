// want: pass
// singleflight.Group in front of an RWMutex map, looking at the map again inside Do
package cache

import (
	"sync"

	"golang.org/x/sync/singleflight"
)

type Cache struct {
	fetch  func(key string) (string, error)
	group  singleflight.Group
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
	r, err, _ := c.group.Do(key, func() (any, error) {
		c.mu.RLock()
		v, ok := c.values[key]
		c.mu.RUnlock()
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
	})
	if err != nil {
		return "", err
	}
	return r.(string), nil
}
