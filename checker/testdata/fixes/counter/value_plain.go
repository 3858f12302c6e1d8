// want: race
// Reset swaps atomically, but Value still reads the int64 plainly while
// Adds write it atomically.
package counter

import "sync/atomic"

type Counter struct {
	n int64
}

func (c *Counter) Add(delta int64) { atomic.AddInt64(&c.n, delta) }

func (c *Counter) Value() int64 { return c.n }

func (c *Counter) Reset() int64 { return atomic.SwapInt64(&c.n, 0) }
