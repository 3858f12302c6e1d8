// want: pass
// RWMutex: a read-locked fast path for finished entries, then the write lock with a second look before claiming the key
package cache

import "sync"

type entry struct {
	done  chan struct{}
	value string
	err   error
}

type Cache struct {
	fetch   func(key string) (string, error)
	mu      sync.RWMutex
	entries map[string]*entry
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, entries: make(map[string]*entry)}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.RLock()
	e, ok := c.entries[key]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		e, ok = c.entries[key]
		if !ok {
			e = &entry{done: make(chan struct{})}
			c.entries[key] = e
		}
		c.mu.Unlock()
		if !ok {
			v, err := c.fetch(key)
			if err != nil {
				c.mu.Lock()
				delete(c.entries, key)
				c.mu.Unlock()
			}
			e.value, e.err = v, err
			close(e.done)
			return v, err
		}
	}
	<-e.done
	return e.value, e.err
}
