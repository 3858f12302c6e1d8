// want: fail
// A buffered channel with one slot to spare "to be safe": the buffer then
// takes one item more than its capacity before Put waits.
package bounded

type Buffer struct {
	items chan int
}

func New(capacity int) *Buffer {
	return &Buffer{items: make(chan int, capacity+1)}
}

func (b *Buffer) Put(v int) { b.items <- v }

func (b *Buffer) Get() int { return <-b.items }
