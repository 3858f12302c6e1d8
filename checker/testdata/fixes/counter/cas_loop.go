// want: pass
// Reset clears the count with compare-and-swap, retrying when an Add got in
// between its Load and the swap.
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	for {
		n := c.n.Load()
		if c.n.CompareAndSwap(n, 0) {
			return n
		}
	}
}
