// want: fail
// sync.Map Load, then fetch, then Store: check-then-act with no data race, the herd fetches again
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
