// Package registry is a new exercise. Replace this comment: say what the
// seed's Python does, what this Go code does instead, and what is unsafe
// about it. Here: a Counter that many goroutines increment at once, with
// nothing to order their reads and writes.
//
// Your task: make Counter safe for concurrent use without changing its API.
// Then run `make check NAME=registry`.
package registry

// Counter counts events. It must be safe for concurrent use.
type Counter struct {
	n int
}

// Inc adds one to the count.
func (c *Counter) Inc() {
	c.n++
}

// Value returns the count.
func (c *Counter) Value() int {
	return c.n
}
