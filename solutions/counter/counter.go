// Package counter is the reference solution: the count is an atomic.Int64,
// so no access to it can be plain, and Reset is one atomic Swap, which reads
// the count and clears it in a single step that no Add can fall between.
package counter

import "sync/atomic"

// Counter counts events. The zero value is an empty counter, ready to use.
// Every method is safe to call from any goroutine, at any time.
type Counter struct {
	n atomic.Int64
}

// Add adds delta to the count. delta may be negative.
func (c *Counter) Add(delta int64) {
	c.n.Add(delta)
}

// Value returns the count: the sum of every delta added since the last
// Reset.
func (c *Counter) Value() int64 {
	return c.n.Load()
}

// Reset sets the count to zero and returns the count it cleared. Every Add,
// also one that runs at the same moment as Reset, is counted exactly once:
// in what this Reset returns, or in the count it leaves for the next one.
func (c *Counter) Reset() int64 {
	return c.n.Swap(0)
}
