// want: pass
// Two counting semaphores made of channels: slots holds a token per free
// place, filled holds a token per item. A mutex guards the slice itself,
// and is never held while waiting for a token.
package bounded

import "sync"

type Buffer struct {
	mu     sync.Mutex
	items  []int
	slots  chan struct{}
	filled chan struct{}
}

func New(capacity int) *Buffer {
	b := &Buffer{slots: make(chan struct{}, capacity), filled: make(chan struct{}, capacity)}
	for range capacity {
		b.slots <- struct{}{}
	}
	return b
}

func (b *Buffer) Put(v int) {
	<-b.slots
	b.mu.Lock()
	b.items = append(b.items, v)
	b.mu.Unlock()
	b.filled <- struct{}{}
}

func (b *Buffer) Get() int {
	<-b.filled
	b.mu.Lock()
	v := b.items[0]
	b.items = b.items[1:]
	b.mu.Unlock()
	b.slots <- struct{}{}
	return v
}
