// want: fail
// Put signals the Cond first, outside the lock ("the Get will find the item
// once I am done"), then locks and appends. A Get that has just found the
// queue empty, and not yet called Wait, misses that Signal and then sleeps
// beside the item; only Close would wake it.
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
	q.cond.Signal() // wake a Get, it will find the item once we are done
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
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
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 && !q.closed {
		return 0, ErrEmpty
	}
	return q.take()
}

// take must be called with q.mu held.
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
