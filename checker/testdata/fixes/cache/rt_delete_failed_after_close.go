// want: pass
// a failed entry is deleted under the lock only after done is closed: a Get in between sees the error, but every Get that starts after the failing Get returned fetches again
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

	e.value, e.err = c.fetch(key)
	close(e.done)
	if e.err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	return e.value, e.err
}
