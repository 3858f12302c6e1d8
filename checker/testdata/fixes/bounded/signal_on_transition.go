// want: fail
// Two Conds and for loops, but Put signals only when the buffer was empty
// and Get only when it was full, "since nobody can be waiting otherwise":
// two Puts in a row wake one Get, and the second Get sleeps next to an item.
package bounded

import "sync"

type Buffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	capacity int
}

func New(capacity int) *Buffer {
	b := &Buffer{capacity: capacity}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.capacity {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	if len(b.items) == 1 {
		b.notEmpty.Signal()
	}
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 {
		b.notEmpty.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	if len(b.items) == b.capacity-1 {
		b.notFull.Signal()
	}
	return v
}
