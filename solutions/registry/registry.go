// Package registry is the reference solution: one mutex orders every read
// and write of the count.
package registry

import "sync"

// Counter counts events. It is safe for concurrent use.
type Counter struct {
	mu sync.Mutex // guards n
	n  int
}

// Inc adds one to the count.
func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

// Value returns the count.
func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
