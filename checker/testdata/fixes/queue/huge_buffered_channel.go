// want: fail timeout
// A buffered channel so big it "never fills": 1<<20 items, with Put under a
// read lock and Close under the write lock, which is right. But a buffer is
// a size limit, and the queue was promised none: item 1<<20+1 would wait
// forever. New reserves the whole 8 MiB buffer up front, which the tests
// notice at once; the tests that make a thousand queues then run out of time.
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
	mu     sync.RWMutex // RLock: Put sends; Lock: Close closes ch
	ch     chan int
	closed bool
}

func New() *Queue {
	return &Queue{ch: make(chan int, 1<<20)}
}

func (q *Queue) Put(item int) error {
	q.mu.RLock()
	defer q.mu.RUnlock()
	if q.closed {
		return ErrClosed
	}
	q.ch <- item
	return nil
}

func (q *Queue) Get() (int, error) {
	item, ok := <-q.ch
	if !ok {
		return 0, ErrClosed
	}
	return item, nil
}

func (q *Queue) GetNowait() (int, error) {
	select {
	case item, ok := <-q.ch:
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
		close(q.ch)
	}
}
