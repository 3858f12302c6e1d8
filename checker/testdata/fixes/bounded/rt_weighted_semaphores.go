// want: pass
// Two x/sync semaphores count free slots and items (items starts fully taken); a mutex guards the slice between them.
package bounded

import (
	"context"
	"sync"

	"golang.org/x/sync/semaphore"
)

type Buffer struct {
	mu    sync.Mutex
	slots *semaphore.Weighted
	full  *semaphore.Weighted
	items []int
}

func New(capacity int) *Buffer {
	b := &Buffer{
		slots: semaphore.NewWeighted(int64(capacity)),
		full:  semaphore.NewWeighted(int64(capacity)),
	}
	b.full.Acquire(context.Background(), int64(capacity)) // no items yet
	return b
}

func (b *Buffer) Put(v int) {
	b.slots.Acquire(context.Background(), 1)
	b.mu.Lock()
	b.items = append(b.items, v)
	b.mu.Unlock()
	b.full.Release(1)
}

func (b *Buffer) Get() int {
	b.full.Acquire(context.Background(), 1)
	b.mu.Lock()
	v := b.items[0]
	b.items = b.items[1:]
	b.mu.Unlock()
	b.slots.Release(1)
	return v
}
