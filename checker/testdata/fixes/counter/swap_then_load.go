// want: fail
// Value is atomic, but Reset reads the count for its answer after clearing
// it with a separate Load: it returns the Adds made since the clear, not
// the count it cleared.
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
