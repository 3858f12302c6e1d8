// want: fail
// Reset loads and stores atomically under a mutex, but Add takes no lock:
// the mutex keeps Resets apart, not an Add out of the gap between Load and
// Store.
package counter

import (
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.n.Load()
	c.n.Store(0)
	return n
}
