// want: pass
// the plain int64 with atomic functions everywhere; Reset retries CompareAndSwapInt64(n, 0) until no Add got in between
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
	for {
		n := atomic.LoadInt64(&c.n)
		if atomic.CompareAndSwapInt64(&c.n, n, 0) {
			return n
		}
	}
}
