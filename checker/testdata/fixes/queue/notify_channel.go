// want: pass
// A mutex guards the slice; waiting Gets sleep on a channel that the next
// Put or Close closes, then all of them check the queue again in a loop.
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
	items  []int
	closed bool
	wake   chan struct{} // closed, and replaced, on every Put and on Close
}

func New() *Queue { return &Queue{wake: make(chan struct{})} }

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
	close(q.wake)
	q.wake = make(chan struct{})
	return nil
}

func (q *Queue) Get() (int, error) {
	for {
		q.mu.Lock()
		if len(q.items) > 0 || q.closed {
			defer q.mu.Unlock()
			return q.take()
		}
		wake := q.wake
		q.mu.Unlock()
		<-wake
	}
}

func (q *Queue) GetNowait() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 && !q.closed {
		return 0, ErrEmpty
	}
	return q.take()
}

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
	if !q.closed {
		q.closed = true
		close(q.wake)
	}
}
