// want: deadlock timeout fail
// One Cond and for loops, with two Signals per change "so that both kinds get one": two Signals still reach only the two longest waiters, whatever they wait for.
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
	b.cond.Signal()
	b.cond.Signal()
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
	b.cond.Signal()
	return v
}
