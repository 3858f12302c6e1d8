// want: pass
// atomic functions only: Value is AddInt64(&c.n, 0), Reset is SwapInt64(&c.n, 0)
package counter

import "sync/atomic"

type Counter struct {
	n int64
}

func (c *Counter) Add(delta int64) { atomic.AddInt64(&c.n, delta) }

func (c *Counter) Value() int64 { return atomic.AddInt64(&c.n, 0) }

func (c *Counter) Reset() int64 { return atomic.SwapInt64(&c.n, 0) }
