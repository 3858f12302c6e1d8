// want: pass
// the count behind a pointer made on first use inside a sync.Once, so the zero value is still ready to use
package counter

import (
	"sync"
	"sync/atomic"
)

type Counter struct {
	once sync.Once
	n    *atomic.Int64
}

func (c *Counter) get() *atomic.Int64 {
	c.once.Do(func() { c.n = new(atomic.Int64) })
	return c.n
}

func (c *Counter) Add(delta int64) { c.get().Add(delta) }

func (c *Counter) Value() int64 { return c.get().Load() }

func (c *Counter) Reset() int64 { return c.get().Swap(0) }
