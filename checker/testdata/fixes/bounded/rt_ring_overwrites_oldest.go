// want: fail
// Put never waits: when the ring is full it overwrites the oldest item (a "circular buffer"), so Put does not block and items are lost.
package bounded

import "sync"

type Buffer struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	ring     []int
	head     int
	count    int
}

func New(capacity int) *Buffer {
	b := &Buffer{ring: make([]int, capacity)}
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ring[(b.head+b.count)%len(b.ring)] = v
	if b.count == len(b.ring) {
		b.head = (b.head + 1) % len(b.ring) // full: drop the oldest
	} else {
		b.count++
	}
	b.notEmpty.Signal()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.count == 0 {
		b.notEmpty.Wait()
	}
	v := b.ring[b.head]
	b.head = (b.head + 1) % len(b.ring)
	b.count--
	return v
}
