// want: fail
// Reset tries one CompareAndSwap(n, 0) and returns n even when an Add got in between: the count is not cleared and is counted twice
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	n := c.n.Load()
	c.n.CompareAndSwap(n, 0)
	return n
}
