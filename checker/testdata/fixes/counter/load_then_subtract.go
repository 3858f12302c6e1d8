// want: pass
// Reset takes what it read away from the count instead of storing 0: an Add
// that lands in between stays in the count for the next Reset.
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	n := c.n.Load()
	c.n.Add(-n)
	return n
}
