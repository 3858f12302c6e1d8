// want: pass
// 16 atomic shards, each Add lands on a random one; Reset sums a Swap(0) of every shard, so each Add is in exactly one Reset or left for the next
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
	var n int64
	for i := range c.shards {
		n += c.shards[i].Swap(0)
	}
	return n
}
