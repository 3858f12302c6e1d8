// want: fail
// Per-key entries, right, plus a semaphore of runtime.NumCPU() slots around
// the fetch "so as not to overload the machine": on a machine with fewer cores
// than keys asked for at once, fetches of different keys wait for each other.
package cache

import (
	"runtime"
	"sync"
)

type entry struct {
	done  chan struct{}
	value string
	err   error
}

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch   func(key string) (string, error)
	slots   chan struct{}
	mu      sync.Mutex
	entries map[string]*entry
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, slots: make(chan struct{}, runtime.NumCPU()), entries: make(map[string]*entry)}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok {
		c.mu.Unlock()
		<-e.done
		return e.value, e.err
	}
	e = &entry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()
	c.slots <- struct{}{}
	e.value, e.err = c.fetch(key)
	<-c.slots
	if e.err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	close(e.done)
	return e.value, e.err
}
