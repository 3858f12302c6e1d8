// want: fail
// Value takes the count with Swap(0) and adds it back: a Reset in between clears nothing and returns 0, and a Value in between sees 0
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 {
	n := c.n.Swap(0)
	c.n.Add(n)
	return n
}

func (c *Counter) Reset() int64 { return c.n.Swap(0) }
