// want: pass
// every key gets an entry with its own mutex, locked across fetch; an entry with ok false means "not cached", so a failure leaves the next Get to fetch
package cache

import "sync"

type entry struct {
	mu    sync.Mutex
	ok    bool
	value string
}

type Cache struct {
	fetch   func(key string) (string, error)
	mu      sync.Mutex
	entries map[string]*entry
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, entries: make(map[string]*entry)}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	e := c.entries[key]
	if e == nil {
		e = &entry{}
		c.entries[key] = e
	}
	c.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ok {
		return e.value, nil
	}
	v, err := c.fetch(key)
	if err != nil {
		return "", err
	}
	e.value, e.ok = v, true
	return v, nil
}
