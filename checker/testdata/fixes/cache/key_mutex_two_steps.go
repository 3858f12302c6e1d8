// want: fail
// A mutex per key, but looked up and made in two critical sections: two
// Gets that miss at the same instant each make a mutex for the key, lock
// their own, and both fetch.
package cache

import "sync"

// Cache remembers what fetch returned for each key.
type Cache struct {
	fetch  func(key string) (string, error)
	mu     sync.Mutex
	locks  map[string]*sync.Mutex
	values map[string]string
}

// New returns an empty Cache that fetches missing values with fetch.
func New(fetch func(key string) (string, error)) *Cache {
	return &Cache{fetch: fetch, locks: make(map[string]*sync.Mutex), values: make(map[string]string)}
}

func (c *Cache) keyLock(key string) *sync.Mutex {
	c.mu.Lock()
	l := c.locks[key]
	c.mu.Unlock()
	if l == nil {
		l = new(sync.Mutex)
		c.mu.Lock()
		c.locks[key] = l
		c.mu.Unlock()
	}
	return l
}

// Get returns the value for key, fetching it on the first Get.
func (c *Cache) Get(key string) (string, error) {
	l := c.keyLock(key)
	l.Lock()
	defer l.Unlock()
	c.mu.Lock()
	v, ok := c.values[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := c.fetch(key)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	c.values[key] = v
	c.mu.Unlock()
	return v, nil
}
