// want: pass
// The field stays a plain int64, but every access goes through sync/atomic,
// and Reset swaps in 0 in one step.
package counter

import "sync/atomic"

type Counter struct {
	n int64
}

func (c *Counter) Add(delta int64) {
	atomic.AddInt64(&c.n, delta)
}

func (c *Counter) Value() int64 {
	return atomic.LoadInt64(&c.n)
}

func (c *Counter) Reset() int64 {
	return atomic.SwapInt64(&c.n, 0)
}
