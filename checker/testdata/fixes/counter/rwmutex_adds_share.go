// want: pass
// Adds are atomic and share a read lock, so they run side by side; Reset
// takes the write lock, so no Add can run between its Load and its Store.
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
	defer c.mu.RUnlock()
	c.n.Add(delta)
}

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.n.Load()
	c.n.Store(0)
	return n
}
