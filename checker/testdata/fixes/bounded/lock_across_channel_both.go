// want: fail deadlock
// A buffered channel "protected" by a mutex in both Put and Get: a Get
// waiting on the empty channel holds the mutex, so the Put that would feed
// it waits for the mutex forever.
package bounded

import "sync"

type Buffer struct {
	mu    sync.Mutex
	items chan int
}

func New(capacity int) *Buffer {
	return &Buffer{items: make(chan int, capacity)}
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.items <- v
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return <-b.items
}
