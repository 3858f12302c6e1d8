// want: deadlock timeout leak fail
// on failure the entry is deleted and the fetcher returns early, never closing done: the Gets waiting on it wait forever
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
		return e.value, e.err
	}
	e := &entry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()

	v, err := c.fetch(key)
	if err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
		return "", err
	}
	e.value = v
	close(e.done)
	return v, nil
}
