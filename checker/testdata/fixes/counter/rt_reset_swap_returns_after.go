// want: fail
// Reset swaps in zero but then returns a fresh Load, not the count it cleared
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	c.n.Swap(0)
	return c.n.Load()
}
