// want: pass
// Two buffered channels of capacity: Put takes a slot token then sends the item, Get receives the item then gives the slot back.
package bounded

type Buffer struct {
	slots chan struct{}
	items chan int
}

func New(capacity int) *Buffer {
	return &Buffer{slots: make(chan struct{}, capacity), items: make(chan int, capacity)}
}

func (b *Buffer) Put(v int) {
	b.slots <- struct{}{}
	b.items <- v
}

func (b *Buffer) Get() int {
	v := <-b.items
	<-b.slots
	return v
}
