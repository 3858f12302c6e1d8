// want: pass
// golang.org/x/sync/singleflight with a map under an RWMutex. Inside Do the
// map is looked at again: a Get that missed just before another flight for
// the key ended would otherwise start a second fetch.
package cache

import (
	"sync"

	"golang.org/x/sync/singleflight"
)

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch  func(key string) (string, error)
	group  singleflight.Group
	mu     sync.RWMutex
	values map[string]string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string)}
}

func (c *Cache) lookup(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.values[key]
	return v, ok
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	if v, ok := c.lookup(key); ok {
		return v, nil
	}
	v, err, _ := c.group.Do(key, func() (any, error) {
		if v, ok := c.lookup(key); ok {
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
	return v.(string), err
}
