// want: pass
// A gate channel under the mutex, closed exactly while the queue has items
// or is closed: Put closes it when the queue stops being empty, and the take
// that empties an open queue puts a fresh one in its place. A Get that finds
// nothing keeps the current gate, waits on it with the lock released, and
// looks again; a closed channel wakes every waiter, and the lock sorts them out.
package queue

import (
	"errors"
	"sync"
)

var (
	// ErrEmpty is returned by GetNowait when the queue has no item.
	ErrEmpty = errors.New("queue: empty")
	// ErrClosed is returned by Put after Close, and by Get and GetNowait
	// once the queue is closed and every item has been taken.
	ErrClosed = errors.New("queue: closed")
)

type Queue struct {
	mu     sync.Mutex
	items  []int
	closed bool
	ready  chan struct{} // closed iff len(items) > 0 || closed
}

func New() *Queue {
	return &Queue{ready: make(chan struct{})}
}

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
	if len(q.items) == 1 {
		close(q.ready)
	}
	return nil
}

// take must be called with q.mu held and len(q.items) > 0.
func (q *Queue) take() int {
	item := q.items[0]
	q.items = q.items[1:]
	if len(q.items) == 0 && !q.closed {
		q.ready = make(chan struct{})
	}
	return item
}

func (q *Queue) Get() (int, error) {
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			item := q.take()
			q.mu.Unlock()
			return item, nil
		}
		if q.closed {
			q.mu.Unlock()
			return 0, ErrClosed
		}
		ready := q.ready
		q.mu.Unlock()
		<-ready
	}
}

func (q *Queue) GetNowait() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) > 0 {
		return q.take(), nil
	}
	if q.closed {
		return 0, ErrClosed
	}
	return 0, ErrEmpty
}

func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.closed = true
	if len(q.items) == 0 {
		close(q.ready)
	}
}
