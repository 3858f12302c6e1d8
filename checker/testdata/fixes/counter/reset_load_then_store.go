// want: fail
// Every access is atomic now, so the race detector is quiet, but Reset reads
// the count and clears it in two steps: an Add that lands between the Load
// and the Store is wiped out and never counted.
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) {
	c.n.Add(delta)
}

func (c *Counter) Value() int64 {
	return c.n.Load()
}

func (c *Counter) Reset() int64 {
	n := c.n.Load()
	c.n.Store(0)
	return n
}
