// want: pass
// A buffered channel, with Puts taken one at a time under a mutex that is
// held while the send waits for room. Gets do not take it, so a waiting
// Put always gets its room: odd, but correct. The other Puts wait for the
// mutex rather than for the channel.
package bounded

import "sync"

type Buffer struct {
	mu    sync.Mutex // one Put at a time
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

func (b *Buffer) Get() int { return <-b.items }
