// want: fail
// Reset tries a compare-and-swap once and returns what it read even when
// the swap failed: the count it returned stays in the counter and is
// counted again by the next Reset.
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
