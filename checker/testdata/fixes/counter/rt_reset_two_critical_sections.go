// want: fail
// every access locked, but Reset reads in one critical section and clears in another: an Add in between is lost
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

func (c *Counter) Value() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (c *Counter) Reset() int64 {
	n := c.Value()
	c.mu.Lock()
	c.n = 0
	c.mu.Unlock()
	return n
}
