// Package bounded is the reference solution: one mutex guards the items,
// and two sync.Conds on it say what each side waits for. Put waits on
// notFull and signals notEmpty; Get waits on notEmpty and signals notFull.
// A Signal then always wakes a goroutine of the kind that can use it, and
// every Wait sits in a loop that looks again, because the goroutine it wakes
// only gets the mutex back after others may have taken the room or the item
// first. Looking and acting are one step (tryPut, tryGet), so no Unlock can
// ever come between them.
package bounded

import "sync"

// Buffer is a first-in, first-out buffer of ints with room for a fixed
// number of items. It is safe for any number of producers and consumers at
// once: each item put comes out once, to one Get.
type Buffer struct {
	mu       sync.Mutex
	notFull  sync.Cond // signalled when a Get makes room
	notEmpty sync.Cond // signalled when a Put brings an item
	items    []int
	capacity int
}

// New returns an empty buffer with room for capacity items; capacity must
// be at least 1. It starts no goroutine: a buffer nobody uses any more is
// simply garbage.
func New(capacity int) *Buffer {
	b := &Buffer{items: make([]int, 0, capacity), capacity: capacity}
	b.notFull.L = &b.mu
	b.notEmpty.L = &b.mu
	return b
}

// Put adds v at the back of the buffer. While the buffer holds capacity
// items, Put blocks until a Get makes room: the buffer never holds more.
func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for !b.tryPut(v) {
		b.notFull.Wait() // unlocks, sleeps, locks again when woken
	}
}

// Get removes and returns the item at the front of the buffer. While the
// buffer is empty, Get blocks until a Put brings an item.
func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for {
		if v, ok := b.tryGet(); ok {
			return v
		}
		b.notEmpty.Wait()
	}
}

// tryPut appends v if there is room, and then wakes one waiting Get. The
// look and the append are one step under b.mu, which must be held: a Put
// woken for a free slot looks again, because another may have taken it.
func (b *Buffer) tryPut(v int) bool {
	if len(b.items) == b.capacity {
		return false
	}
	b.items = append(b.items, v)
	b.notEmpty.Signal() // one new item: wake one waiting Get
	return true
}

// tryGet takes the front item if there is one, and then wakes one waiting
// Put. b.mu must be held.
func (b *Buffer) tryGet() (int, bool) {
	if len(b.items) == 0 {
		return 0, false
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal() // one slot free: wake one waiting Put
	return v, true
}
