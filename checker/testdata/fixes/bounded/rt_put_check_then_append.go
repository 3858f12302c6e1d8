// want: fail
// Put waits correctly on notFull, then unlocks and locks again before the append (to "let Gets in"): two Puts that both saw room both append, and the buffer holds more than capacity.
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
	for len(b.items) == b.capacity {
		b.notFull.Wait()
	}
	b.mu.Unlock()
	b.mu.Lock()
	b.items = append(b.items, v)
	b.notEmpty.Signal()
	b.mu.Unlock()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 {
		b.notEmpty.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return v
}
