// want: fail deadlock
// Close broadcasts first, and only then locks to mark the queue closed. A Get
// woken by the Broadcast that gets the lock before Close does finds the
// queue open and empty, and waits again: nobody will wake it.
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
	cond   *sync.Cond
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
	q.cond.Broadcast()
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
}
