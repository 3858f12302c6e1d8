// want: panic fail
// Every access is locked, but GetNowait looks and takes in two separate
// critical sections: two GetNowaits at once can both see the one item, and
// the second then takes from an empty slice.
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

// state reports, under the lock, whether the queue is empty and closed.
func (q *Queue) state() (empty, closed bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items) == 0, q.closed
}

func (q *Queue) GetNowait() (int, error) {
	if empty, closed := q.state(); empty {
		if closed {
			return 0, ErrClosed
		}
		return 0, ErrEmpty
	}
	q.mu.Lock()
	defer q.mu.Unlock()
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
