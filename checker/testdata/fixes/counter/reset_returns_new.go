// want: fail
// Reset clears the count atomically but returns what it left behind, 0,
// not what it cleared.
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	c.n.Store(0)
	return c.n.Load()
}
