// want: pass
// Add is a CompareAndSwap loop too (as one would write for a saturating counter); Reset is Swap(0)
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) {
	for {
		old := c.n.Load()
		if c.n.CompareAndSwap(old, old+delta) {
			return
		}
	}
}

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 { return c.n.Swap(0) }
