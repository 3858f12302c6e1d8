// want: race
// a mutex in Add and Reset, but Value reads c.n without it ("a read is harmless")
package counter

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int64
}

func (c *Counter) Add(delta int64) {
	c.mu.Lock()
	c.n += delta
	c.mu.Unlock()
}

func (c *Counter) Value() int64 { return c.n }

func (c *Counter) Reset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.n
	c.n = 0
	return n
}
