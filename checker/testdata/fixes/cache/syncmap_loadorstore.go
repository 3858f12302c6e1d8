// want: pass
// A sync.Map of entries: LoadOrStore decides in one step which Get
// fetches; the others wait on the entry's done channel. A failed entry is
// removed with CompareAndDelete before done is closed.
package cache

import "sync"

type entry struct {
	done  chan struct{}
	value string
	err   error
}

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch   func(key string) (string, error)
	entries sync.Map // string -> *entry
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch}
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	mine := &entry{done: make(chan struct{})}
	got, loaded := c.entries.LoadOrStore(key, mine)
	e := got.(*entry)
	if loaded {
		<-e.done
		return e.value, e.err
	}
	e.value, e.err = c.fetch(key)
	if e.err != nil {
		c.entries.CompareAndDelete(key, e)
	}
	close(e.done)
	return e.value, e.err
}
