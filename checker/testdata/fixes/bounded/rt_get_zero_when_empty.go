// want: fail
// A buffered channel of capacity, but Get uses select with default and returns 0 when it is empty instead of waiting for a Put.
package bounded

type Buffer struct {
	items chan int
}

func New(capacity int) *Buffer {
	return &Buffer{items: make(chan int, capacity)}
}

func (b *Buffer) Put(v int) {
	b.items <- v
}

func (b *Buffer) Get() int {
	select {
	case v := <-b.items:
		return v
	default:
		return 0
	}
}
