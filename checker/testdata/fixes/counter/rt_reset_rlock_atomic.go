// want: fail
// Adds and Reset both take the read lock (Reset "only reads then writes once"), so the lock keeps nothing out: an Add between Reset's Load and Store is lost
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
	c.mu.RLock()
	defer c.mu.RUnlock()
	n := c.n.Load()
	c.n.Store(0)
	return n
}
