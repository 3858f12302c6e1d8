// want: fail
// sync.Map with Load and then Store: no data race, and no lock held while
// fetching, but a Load and a Store are two steps, so every Get that misses
// while a fetch runs fetches too.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch  func(key string) (string, error)
	values sync.Map // string -> string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	if v, ok := c.values.Load(key); ok {
		return v.(string), nil
	}
	v, err := c.fetch(key)
	if err != nil {
		return "", err
	}
	c.values.Store(key, v)
	return v, nil
}
