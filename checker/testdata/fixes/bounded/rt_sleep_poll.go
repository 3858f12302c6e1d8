// want: pass
// No Cond at all: Put and Get look under the mutex and, when they cannot act, unlock, sleep 50µs and look again (looking and acting in one critical section).
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

func New(capacity int) *Buffer {
	return &Buffer{capacity: capacity}
}

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
