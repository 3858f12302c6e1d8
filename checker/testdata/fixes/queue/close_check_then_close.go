// want: panic
// A 1-buffered kick channel wakes a Get after each Put, and a done channel
// closed by Close wakes them all. Close asks "closed yet?" in one critical
// section and marks the queue closed in another: one Close after another is
// fine, but two at once can both find it open, and both close done (panic).
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
	kick   chan struct{}
	done   chan struct{}
}

func New() *Queue {
	return &Queue{kick: make(chan struct{}, 1), done: make(chan struct{})}
}

func (q *Queue) signal() {
	select {
	case q.kick <- struct{}{}:
	default:
	}
}

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return ErrClosed
	}
	q.items = append(q.items, item)
	q.mu.Unlock()
	q.signal()
	return nil
}

func (q *Queue) tryTake() (int, error, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) > 0 {
		item := q.items[0]
		q.items = q.items[1:]
		if len(q.items) > 0 {
			q.signal()
		}
		return item, nil, true
	}
	if q.closed {
		return 0, ErrClosed, true
	}
	return 0, ErrEmpty, false
}

func (q *Queue) Get() (int, error) {
	for {
		if item, err, ok := q.tryTake(); ok {
			return item, err
		}
		select {
		case <-q.kick:
		case <-q.done:
		}
	}
}

func (q *Queue) GetNowait() (int, error) {
	item, err, _ := q.tryTake()
	return item, err
}

func (q *Queue) Close() {
	q.mu.Lock()
	already := q.closed
	q.mu.Unlock()
	if already {
		return
	}
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	close(q.done)
}
