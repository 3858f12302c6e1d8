// Package queue is the reference solution: a mutex guards the slice and the
// closed flag, and a sync.Cond on that mutex lets Get sleep until a Put
// signals one waiter or Close wakes them all. Get checks its condition in a
// loop, because by the time a woken Get holds the lock again, another
// consumer may have taken the item.
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

// Queue is a first-in, first-out queue of ints with no size limit, like
// Python's multiprocessing.Queue(). It is safe for concurrent use: any
// number of goroutines may call its methods at once, and each item put
// comes out once, to one Get or GetNowait.
type Queue struct {
	mu       sync.Mutex
	nonEmpty sync.Cond // signalled when an item arrives or the queue closes
	items    []int
	closed   bool
}

// New returns an empty, open queue. It takes little memory until items are
// put: with no size limit, there is no room to reserve up front.
func New() *Queue {
	q := &Queue{}
	q.nonEmpty.L = &q.mu
	return q
}

// Put adds item at the back of the queue. It never waits: not for a Get,
// and not for room. After Close it returns ErrClosed and the item is
// dropped; a Put that returned nil has added its item, which can still be
// taken after Close.
func (q *Queue) Put(item int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
	q.nonEmpty.Signal() // one new item: wake one waiting Get
	return nil
}

// Get removes and returns the item at the front, waiting for a Put if the
// queue is empty. Once the queue is closed and empty it returns ErrClosed.
func (q *Queue) Get() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.nonEmpty.Wait() // unlocks, sleeps, locks again when woken
	}
	return q.take()
}

// GetNowait is Get without waiting: on an empty queue it returns ErrEmpty at
// once, or ErrClosed if the queue is also closed.
func (q *Queue) GetNowait() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 && !q.closed {
		return 0, ErrEmpty
	}
	return q.take()
}

// take removes the front item, or returns ErrClosed if there is none.
// q.mu must be held, and the queue must be non-empty or closed.
func (q *Queue) take() (int, error) {
	if len(q.items) == 0 {
		return 0, ErrClosed
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, nil
}

// Close stops the queue from accepting items and wakes every waiting Get.
// Items already in the queue can still be taken. Calling it again, also
// from several goroutines at once, does nothing.
func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.nonEmpty.Broadcast()
}
