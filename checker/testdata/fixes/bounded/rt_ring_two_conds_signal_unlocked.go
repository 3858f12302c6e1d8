// want: pass
// A fixed ring of capacity slots with head and count, two Conds waited on in for loops; the Signal comes after Unlock.
package bounded

import "sync"

type Buffer struct {
	mu       sync.Mutex
	notFull  sync.Cond
	notEmpty sync.Cond
	ring     []int
	head     int
	count    int
}

func New(capacity int) *Buffer {
	b := &Buffer{ring: make([]int, capacity)}
	b.notFull.L = &b.mu
	b.notEmpty.L = &b.mu
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	for b.count == len(b.ring) {
		b.notFull.Wait()
	}
	b.ring[(b.head+b.count)%len(b.ring)] = v
	b.count++
	b.mu.Unlock()
	b.notEmpty.Signal()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	for b.count == 0 {
		b.notEmpty.Wait()
	}
	v := b.ring[b.head]
	b.head = (b.head + 1) % len(b.ring)
	b.count--
	b.mu.Unlock()
	b.notFull.Signal()
	return v
}
