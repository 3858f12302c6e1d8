// want: fail
// A buffered channel is a ready-made FIFO queue: Get receives, GetNowait
// receives in a select with a default, Close closes the channel under a
// mutex. But a buffer has a size: once 1024 items wait, Put blocks (holding
// the mutex), and the queue was promised to have no size limit.
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
	mu     sync.Mutex // guards closed, and orders Put's send before Close's close
	closed bool
	items  chan int
}

func New() *Queue {
	return &Queue{items: make(chan int, 1024)}
}

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.items <- item
	return nil
}

func (q *Queue) Get() (int, error) {
	item, ok := <-q.items
	if !ok {
		return 0, ErrClosed
	}
	return item, nil
}

func (q *Queue) GetNowait() (int, error) {
	select {
	case item, ok := <-q.items:
		if !ok {
			return 0, ErrClosed
		}
		return item, nil
	default:
		return 0, ErrEmpty
	}
}

func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.closed {
		q.closed = true
		close(q.items)
	}
}
