// want: pass
// sync.Map.LoadOrStore looks up and claims in one step; a failure is forgotten with CompareAndDelete before done closes
package cache

import "sync"

type entry struct {
	done  chan struct{}
	value string
	err   error
}

type Cache struct {
	fetch   func(key string) (string, error)
	entries sync.Map // string -> *entry
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch}
}

func (c *Cache) Get(key string) (string, error) {
	mine := &entry{done: make(chan struct{})}
	v, loaded := c.entries.LoadOrStore(key, mine)
	e := v.(*entry)
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
