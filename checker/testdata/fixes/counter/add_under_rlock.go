// want: race
// An RWMutex, with Add under the read lock because "it is only one line":
// readers may hold it together, so two Adds write the count at once.
package counter

import "sync"

type Counter struct {
	mu sync.RWMutex
	n  int64
}

func (c *Counter) Add(delta int64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.n += delta
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
