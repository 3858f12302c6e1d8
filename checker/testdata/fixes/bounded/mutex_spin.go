// want: pass
// Only a mutex, and runtime.Gosched instead of a sleep: it burns a core
// while it waits, but every Put and Get is still correct.
package bounded

import (
	"runtime"
	"sync"
)

type Buffer struct {
	mu       sync.Mutex
	items    []int
	capacity int
}

func New(capacity int) *Buffer { return &Buffer{capacity: capacity} }

func (b *Buffer) Put(v int) {
	for {
		b.mu.Lock()
		if len(b.items) < b.capacity {
			b.items = append(b.items, v)
			b.mu.Unlock()
			return
		}
		b.mu.Unlock()
		runtime.Gosched()
	}
}

func (b *Buffer) Get() int {
	for {
		b.mu.Lock()
		if len(b.items) > 0 {
			v := b.items[0]
			b.items = b.items[1:]
			b.mu.Unlock()
			return v
		}
		b.mu.Unlock()
		runtime.Gosched()
	}
}
