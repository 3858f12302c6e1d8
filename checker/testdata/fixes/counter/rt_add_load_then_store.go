// want: fail
// Add is Load then Store(old+delta): two Adds at once both read the same old count and one is lost (no data race)
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Store(c.n.Load() + delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 { return c.n.Swap(0) }
