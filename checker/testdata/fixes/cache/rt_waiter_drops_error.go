// want: fail
// a Get that waited for a fetch returns its value with a nil error, so a waiter of a failed fetch gets "" and no error
package cache

import "sync"

type entry struct {
	done  chan struct{}
	value string
	err   error
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
	if e, ok := c.entries[key]; ok {
		c.mu.Unlock()
		<-e.done
		return e.value, nil
	}
	e := &entry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()

	e.value, e.err = c.fetch(key)
	if e.err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	close(e.done)
	return e.value, e.err
}
