// want: pass
// an atomic.Int64: Add, Load, and Swap(0) for Reset
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 { return c.n.Swap(0) }
