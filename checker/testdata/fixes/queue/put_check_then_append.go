// want: fail
// Every access is locked, but Put checks closed in one critical section and
// appends in another: a Close in between lets the item in after the queue
// was closed, after the consumers were told it is closed and empty.
package queue

import (
	"errors"
	"sync"
)

var (
	ErrEmpty  = errors.New("queue: empty")
	ErrClosed = errors.New("queue: closed")
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func New() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// isClosed reports, under the lock, whether Close was called.
func (q *Queue) isClosed() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.closed
}

func (q *Queue) Put(item int) error {
	if q.isClosed() {
		return ErrClosed
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, item)
	q.cond.Signal()
	return nil
}

func (q *Queue) Get() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, ErrClosed
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, nil
}

func (q *Queue) GetNowait() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		if q.closed {
			return 0, ErrClosed
		}
		return 0, ErrEmpty
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, nil
}

func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.cond.Broadcast()
}
