// want: fail
// LoadOrStore claims the key with an empty placeholder and Store puts the value in later: a Get that comes during the fetch returns "" at once
package cache

import "sync"

type Cache struct {
	fetch  func(key string) (string, error)
	values sync.Map
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch}
}

func (c *Cache) Get(key string) (string, error) {
	if v, loaded := c.values.LoadOrStore(key, ""); loaded {
		return v.(string), nil
	}
	v, err := c.fetch(key)
	if err != nil {
		c.values.Delete(key)
		return "", err
	}
	c.values.Store(key, v)
	return v, nil
}
