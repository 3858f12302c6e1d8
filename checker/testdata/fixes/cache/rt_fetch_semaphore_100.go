// want: fail deadlock timeout
// a correct entry map, plus a limit of 100 fetches at once "to protect the backend": the 101st key's fetch waits for another key's
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
	sem     chan struct{}
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, entries: make(map[string]*entry), sem: make(chan struct{}, 100)}
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

	c.sem <- struct{}{}
	e.value, e.err = c.fetch(key)
	<-c.sem
	if e.err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	close(e.done)
	return e.value, e.err
}
