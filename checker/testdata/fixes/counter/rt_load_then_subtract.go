// want: pass
// Reset loads the count and subtracts exactly what it read, so an Add in between stays for the next Reset
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
