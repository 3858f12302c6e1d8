// want: pass
// A container/list as the queue and one Cond: every change Broadcasts, and every waiter looks again in a for loop.
package bounded

import (
	"container/list"
	"sync"
)

type Buffer struct {
	mu       sync.Mutex
	cond     *sync.Cond
	items    *list.List
	capacity int
}

func New(capacity int) *Buffer {
	b := &Buffer{capacity: capacity, items: list.New()}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.items.Len() >= b.capacity {
		b.cond.Wait()
	}
	b.items.PushBack(v)
	b.cond.Broadcast()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.items.Len() == 0 {
		b.cond.Wait()
	}
	v := b.items.Remove(b.items.Front()).(int)
	b.cond.Broadcast()
	return v
}
