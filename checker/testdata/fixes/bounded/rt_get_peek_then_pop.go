// want: fail panic
// Get waits correctly, reads items[0], unlocks, and removes the front in a second critical section: two Gets can read the same item, and one item is lost.
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
	b.notEmpty.Signal()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	for len(b.items) == 0 {
		b.notEmpty.Wait()
	}
	v := b.items[0]
	b.mu.Unlock()
	b.mu.Lock()
	b.items = b.items[1:]
	b.notFull.Signal()
	b.mu.Unlock()
	return v
}
