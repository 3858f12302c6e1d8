// want: deadlock timeout leak fail
// a sync.Cond and a set of keys in flight, but a finished fetch Signals instead of Broadcasting: one waiter wakes, the others sleep on
package cache

import "sync"

type Cache struct {
	fetch    func(key string) (string, error)
	mu       sync.Mutex
	cond     *sync.Cond
	values   map[string]string
	inflight map[string]bool
}

func New(fetch func(key string) (string, error)) *Cache {
	c := &Cache{fetch: fetch, values: make(map[string]string), inflight: make(map[string]bool)}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	for {
		if v, ok := c.values[key]; ok {
			c.mu.Unlock()
			return v, nil
		}
		if !c.inflight[key] {
			break
		}
		c.cond.Wait()
	}
	c.inflight[key] = true
	c.mu.Unlock()

	v, err := c.fetch(key)

	c.mu.Lock()
	delete(c.inflight, key)
	if err == nil {
		c.values[key] = v
	}
	c.cond.Signal()
	c.mu.Unlock()
	return v, err
}
