// want: fail
// an entry with a sync.Once: fetch runs once per key, but a failure is kept in the Once forever
package cache

import "sync"

type entry struct {
	once  sync.Once
	value string
	err   error
}

type Cache struct {
	fetch   func(key string) (string, error)
	entries sync.Map
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch}
}

func (c *Cache) Get(key string) (string, error) {
	v, _ := c.entries.LoadOrStore(key, &entry{})
	e := v.(*entry)
	e.once.Do(func() { e.value, e.err = c.fetch(key) })
	return e.value, e.err
}
