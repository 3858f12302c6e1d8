// want: pass
// Adds share a read lock and add atomically; Reset takes the write lock, so no Add is inside it between its Load and Store
package counter

import (
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.RWMutex
	n  atomic.Int64
}

func (c *Counter) Add(delta int64) {
	c.mu.RLock()
	c.n.Add(delta)
	c.mu.RUnlock()
}

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.n.Load()
	c.n.Store(0)
	return n
}
