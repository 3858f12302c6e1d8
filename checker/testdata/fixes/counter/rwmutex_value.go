// want: pass
// An RWMutex: writers (Add, Reset) take the lock, Value only reads and
// shares it.
package counter

import "sync"

type Counter struct {
	mu sync.RWMutex
	n  int64
}

func (c *Counter) Add(delta int64) {
	c.mu.Lock()
	c.n += delta
	c.mu.Unlock()
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
