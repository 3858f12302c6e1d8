// want: pass
// A mutex and a sync.Cond: a set of keys being fetched. A Get waits on the
// Cond while its key is in flight, looks again when woken, and fetches
// itself if the fetch it waited for failed.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch    func(key string) (string, error)
	mu       sync.Mutex
	cond     *sync.Cond
	inflight map[string]bool
	values   map[string]string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	c := &Cache{fetch: fetch, inflight: make(map[string]bool), values: make(map[string]string)}
	c.cond = sync.NewCond(&c.mu)
	return c
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	c.mu.Lock()
	for c.inflight[key] {
		c.cond.Wait()
	}
	if v, ok := c.values[key]; ok {
		c.mu.Unlock()
		return v, nil
	}
	c.inflight[key] = true
	c.mu.Unlock()

	v, err := c.fetch(key)

	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.inflight, key)
	if err == nil {
		c.values[key] = v
	}
	c.cond.Broadcast()
	return v, err
}
