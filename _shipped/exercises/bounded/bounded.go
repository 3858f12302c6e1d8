// Package bounded is a bounded buffer, the blocking queue between
// producers and consumers that Java calls ArrayBlockingQueue: Put waits
// while the buffer is full, Get waits while it is empty. Both wait on one
// sync.Cond. A woken goroutine goes on without looking again, and Signal
// wakes one waiter, maybe of the wrong kind, so a wake-up gets lost.
//
// Your task: make Put and Get wait, and wake each other, correctly for any
// number of producers and consumers at once. Keep the API. Then run
// `make check NAME=bounded`.
package bounded

import "sync"

// Buffer is a first-in, first-out buffer of ints with room for a fixed
// number of items. It is safe for any number of producers and consumers at
// once: each item put comes out once, to one Get.
type Buffer struct {
	mu       sync.Mutex
	cond     *sync.Cond // signalled when an item is put or taken
	items    []int
	capacity int
}

// New returns an empty buffer with room for capacity items; capacity must
// be at least 1. It starts no goroutine: a buffer nobody uses any more is
// simply garbage.
func New(capacity int) *Buffer {
	b := &Buffer{capacity: capacity}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Put adds v at the back of the buffer. While the buffer holds capacity
// items, Put blocks until a Get makes room: the buffer never holds more.
func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.items) == b.capacity {
		b.cond.Wait() // until a Get makes room
	}
	b.items = append(b.items, v)
	b.cond.Signal() // wake a waiting Get
}

// Get removes and returns the item at the front of the buffer. While the
// buffer is empty, Get blocks until a Put brings an item.
func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.items) == 0 {
		b.cond.Wait() // until a Put brings an item
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.cond.Signal() // wake a waiting Put
	return v
}
