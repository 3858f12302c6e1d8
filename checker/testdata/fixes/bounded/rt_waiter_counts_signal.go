// want: pass
// Two Conds and counts of waiting Puts and Gets: a Signal is sent only when someone of the right kind waits; every wait is in a for loop.
package bounded

import "sync"

type Buffer struct {
	mu                   sync.Mutex
	notFull, notEmpty    *sync.Cond
	waitingPuts, waiting int
	items                []int
	capacity             int
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
		b.waitingPuts++
		b.notFull.Wait()
		b.waitingPuts--
	}
	b.items = append(b.items, v)
	if b.waiting > 0 {
		b.notEmpty.Signal()
	}
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 {
		b.waiting++
		b.notEmpty.Wait()
		b.waiting--
	}
	v := b.items[0]
	b.items = b.items[1:]
	if b.waitingPuts > 0 {
		b.notFull.Signal()
	}
	return v
}
