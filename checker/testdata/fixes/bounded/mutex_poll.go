// want: pass
// Only a mutex: Put and Get look, and if they cannot go on, unlock, sleep
// a little and look again. Wasteful, and slow to react, but correct.
package bounded

import (
	"sync"
	"time"
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
		time.Sleep(50 * time.Microsecond)
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
		time.Sleep(50 * time.Microsecond)
	}
}
