// want: pass
// A buffered channel is a bounded FIFO buffer already: a send waits while
// it is full, a receive while it is empty, and the runtime wakes the right
// goroutines.
package bounded

type Buffer struct {
	items chan int
}

func New(capacity int) *Buffer {
	return &Buffer{items: make(chan int, capacity)}
}

func (b *Buffer) Put(v int) { b.items <- v }

func (b *Buffer) Get() int { return <-b.items }
