// want: fail
// Reset loads and stores atomically under a mutex that Add never takes: the lock orders Resets, not Adds, and an Add between Load and Store is lost
package counter

import (
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  int64
}

func (c *Counter) Add(delta int64) { atomic.AddInt64(&c.n, delta) }

func (c *Counter) Value() int64 { return atomic.LoadInt64(&c.n) }

func (c *Counter) Reset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := atomic.LoadInt64(&c.n)
	atomic.StoreInt64(&c.n, 0)
	return n
}
