// want: pass
// An RWMutex: GetNowait first looks under the read lock, so many pollers of
// an empty queue do not queue up behind each other. When it sees an item it
// takes the write lock and looks again before taking, because between the
// two locks another consumer may have taken that item.
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
	mu     sync.RWMutex
	cond   *sync.Cond // on mu's write lock
	items  []int
	closed bool
}

func New() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
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
	return q.take()
}

func (q *Queue) GetNowait() (int, error) {
	q.mu.RLock()
	empty, closed := len(q.items) == 0, q.closed
	q.mu.RUnlock()
	if empty && !closed {
		return 0, ErrEmpty
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 && !q.closed { // taken since we looked
		return 0, ErrEmpty
	}
	return q.take()
}

// take removes the front item, or says the queue is closed and empty.
func (q *Queue) take() (int, error) {
	if len(q.items) == 0 {
		return 0, ErrClosed
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
