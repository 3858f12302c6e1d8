// want: fail
// Reset reads the count with Load and then Add(-Value()) with a second read: an Add between the two reads is taken away though never returned
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c *Counter) Value() int64 { return c.n.Load() }

func (c *Counter) Reset() int64 {
	n := c.n.Load()
	c.n.Add(-c.n.Load())
	return n
}
