// want: pass
// A mutex guards the items and a list of waiting Gets, each with a channel
// of its own. Put hands its item straight to the oldest waiting Get, if any,
// and Close closes every waiter's channel. A Get waits on its channel with
// the lock released, so nothing else waits for it.
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
	mu      sync.Mutex
	items   []int
	waiting []chan int // one per waiting Get, oldest first; cap 1
	closed  bool
}

func New() *Queue { return &Queue{} }

func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	if len(q.waiting) > 0 {
		q.waiting[0] <- item // cap 1 and only Put sends: never blocks
		q.waiting = q.waiting[1:]
		return nil
	}
	q.items = append(q.items, item)
	return nil
}

func (q *Queue) Get() (int, error) {
	q.mu.Lock()
	if len(q.items) > 0 || q.closed {
		defer q.mu.Unlock()
		return q.take()
	}
	ch := make(chan int, 1)
	q.waiting = append(q.waiting, ch)
	q.mu.Unlock()
	item, ok := <-ch
	if !ok {
		return 0, ErrClosed
	}
	return item, nil
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
	if q.closed {
		return
	}
	q.closed = true
	for _, ch := range q.waiting { // they wait only while items is empty
		close(ch)
	}
	q.waiting = nil
}
