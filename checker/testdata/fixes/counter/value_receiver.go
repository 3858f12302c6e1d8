// want: compile
// Value and Reset have value receivers: each works on a copy of the
// Counter, so Reset clears the copy, and vet refuses the copied atomic.
package counter

import "sync/atomic"

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Add(delta int64) { c.n.Add(delta) }

func (c Counter) Value() int64 { return c.n.Load() }

func (c Counter) Reset() int64 { return c.n.Swap(0) }
