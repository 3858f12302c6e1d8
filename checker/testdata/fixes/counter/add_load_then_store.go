// want: fail
// Add itself is written as a read and a write of an atomic: Load, then
// Store of the sum. Two Adds at once both read the same count, and one of
// them is lost.
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Store(c.n.Load() + delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 { return c.n.Swap(0) }
