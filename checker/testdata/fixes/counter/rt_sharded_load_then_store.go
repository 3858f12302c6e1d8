// want: fail
// 16 atomic shards; Reset sums a Load of every shard and then Stores zero in each: an Add between the Load and the Store of its shard is lost
package counter

import (
	"math/rand/v2"
	"sync/atomic"
)

type Counter struct {
	shards [16]atomic.Int64
}

func (c *Counter) Add(delta int64) { c.shards[rand.IntN(len(c.shards))].Add(delta) }

func (c *Counter) Value() int64 {
	var n int64
	for i := range c.shards {
		n += c.shards[i].Load()
	}
	return n
}

func (c *Counter) Reset() int64 {
	n := c.Value()
	for i := range c.shards {
		c.shards[i].Store(0)
	}
	return n
}
