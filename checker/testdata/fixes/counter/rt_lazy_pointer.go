// want: race panic fail
// the count behind a pointer made on first use, with no lock around the nil check: two first Adds each make one
package counter

import "sync/atomic"

type Counter struct {
	n *atomic.Int64
}

func (c *Counter) get() *atomic.Int64 {
	if c.n == nil {
		c.n = new(atomic.Int64)
	}
	return c.n
}

func (c *Counter) Add(delta int64) { c.get().Add(delta) }

func (c *Counter) Value() int64 { return c.get().Load() }

func (c *Counter) Reset() int64 { return c.get().Swap(0) }
