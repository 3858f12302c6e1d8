// want: pass
// One Cond, for loops, Broadcast in Put and Signal in Get. It looks like
// half a fix, but it is a whole one: every Put wakes every waiting Get, so a
// Get can only be waiting while the buffer is empty, and a Get's Signal,
// which comes when it has just taken an item, finds only Puts waiting.
package bounded

import "sync"

type Buffer struct {
	mu       sync.Mutex
	cond     *sync.Cond
	items    []int
	capacity int
}

func New(capacity int) *Buffer {
	b := &Buffer{capacity: capacity}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.capacity {
		b.cond.Wait()
	}
	b.items = append(b.items, v)
	b.cond.Broadcast()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 {
		b.cond.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.cond.Signal()
	return v
}
