// want: race fail
// Adds take the read lock, thinking it is enough to keep Reset out, and then add plainly: read-locked Adds run together and race
package counter

import "sync"

type Counter struct {
	mu sync.RWMutex
	n  int64
}

func (c *Counter) Add(delta int64) {
	c.mu.RLock()
	c.n += delta
	c.mu.RUnlock()
}

func (c *Counter) Value() int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.n
}

func (c *Counter) Reset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.n
	c.n = 0
	return n
}
