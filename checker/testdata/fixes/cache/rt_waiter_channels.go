// want: pass
// a map of keys in flight to the list of channels of the Gets waiting for them; the fetcher hands its result to each waiter
package cache

import "sync"

type result struct {
	value string
	err   error
}

type Cache struct {
	fetch    func(key string) (string, error)
	mu       sync.Mutex
	values   map[string]string
	inflight map[string][]chan result
}

func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, values: make(map[string]string), inflight: make(map[string][]chan result)}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	if v, ok := c.values[key]; ok {
		c.mu.Unlock()
		return v, nil
	}
	if waiters, ok := c.inflight[key]; ok {
		ch := make(chan result, 1)
		c.inflight[key] = append(waiters, ch)
		c.mu.Unlock()
		r := <-ch
		return r.value, r.err
	}
	c.inflight[key] = nil
	c.mu.Unlock()

	v, err := c.fetch(key)

	c.mu.Lock()
	waiters := c.inflight[key]
	delete(c.inflight, key)
	if err == nil {
		c.values[key] = v
	}
	c.mu.Unlock()
	for _, ch := range waiters {
		ch <- result{v, err}
	}
	return v, err
}
