// want: fail
// singleflight with a map, but without looking at the map again inside Do:
// a Get that missed just before a flight for the key ended starts a new
// flight, and fetches a key whose value is already remembered.
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

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.RLock()
	v, ok := c.values[key]
	c.mu.RUnlock()
	if ok {
		return v, nil
	}
	got, err, _ := c.group.Do(key, func() (any, error) {
		v, err := c.fetch(key)
		if err != nil {
			return "", err
		}
		c.mu.Lock()
		c.values[key] = v
		c.mu.Unlock()
		return v, nil
	})
	return got.(string), err
}
