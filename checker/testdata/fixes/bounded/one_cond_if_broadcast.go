// want: panic fail
// Broadcast, but still if: every waiter wakes, and each goes on as if the
// item or the slot were still there for it.
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
	if len(b.items) == b.capacity {
		b.cond.Wait()
	}
	b.items = append(b.items, v)
	b.cond.Broadcast()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.items) == 0 {
		b.cond.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.cond.Broadcast()
	return v
}
