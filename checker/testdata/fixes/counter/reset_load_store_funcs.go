// want: fail
// The sync/atomic functions everywhere, and Reset is LoadInt64 then
// StoreInt64(0): two steps, and the Adds between them vanish.
package counter

import "sync/atomic"

type Counter struct {
	n int64
}

func (c *Counter) Add(delta int64) { atomic.AddInt64(&c.n, delta) }

func (c *Counter) Value() int64 { return atomic.LoadInt64(&c.n) }

func (c *Counter) Reset() int64 {
	n := atomic.LoadInt64(&c.n)
	atomic.StoreInt64(&c.n, 0)
	return n
}
