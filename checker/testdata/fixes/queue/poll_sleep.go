// want: fail
// Every access is locked, but Get waits by polling: it sleeps a millisecond
// between looks, so a Put never wakes it; it finds the item later.
package queue

import (
	"errors"
	"sync"
	"time"
)

var (
	ErrEmpty  = errors.New("queue: empty")
	ErrClosed = errors.New("queue: closed")
)

type Queue struct {
	mu     sync.Mutex
	items  []int
	closed bool
}

func New() *Queue { return &Queue{} }

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
	return nil
}

func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
}

func (q *Queue) Get() (int, error) {
	for {
		item, err := q.GetNowait()
		if err != ErrEmpty {
			return item, err
		}
		time.Sleep(time.Millisecond)
	}
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
