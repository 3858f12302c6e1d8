// Package counter is a stats counter, like the request and byte counters of
// a server: handlers call Add from many goroutines, and a metrics exporter
// calls Value, and Reset every interval to take the count so far. Add is
// atomic, but Value and Reset read and write the same int64 plainly.
//
// Your task: make every access to the count safe from any goroutine, and
// make Reset lose no Add that runs at the same moment. Then run
// `make check NAME=counter`.
package counter

import "sync/atomic"

// Counter counts events. The zero value is an empty counter, ready to use.
// Every method is safe to call from any goroutine, at any time.
type Counter struct {
	n int64
}

// Add adds delta to the count. delta may be negative.
func (c *Counter) Add(delta int64) {
	atomic.AddInt64(&c.n, delta)
}

// Value returns the count: the sum of every delta added since the last
// Reset.
func (c *Counter) Value() int64 {
	return c.n
}

// Reset sets the count to zero and returns the count it cleared. Every Add,
// also one that runs at the same moment as Reset, is counted exactly once:
// in what this Reset returns, or in the count it leaves for the next one.
func (c *Counter) Reset() int64 {
	n := c.n
	c.n = 0
	return n
}
