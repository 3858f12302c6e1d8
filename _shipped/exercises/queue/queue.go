// Package queue is the seed's message queue (section 3a, Queue 先进先出): one
// process puts '11', another '22', and get_nowait takes them back in order.
// This Queue is a plain slice that producers and consumers share with no
// synchronisation, and Get waits for an item by checking every millisecond.
//
// Your task: make Queue safe for several producers and consumers at once,
// make Get block until a Put or Close wakes it, and keep the API. Then run
// `make check NAME=queue`.
package queue

import (
	"errors"
	"time"
)

var (
	// ErrEmpty is returned by GetNowait when the queue has no item.
	ErrEmpty = errors.New("queue: empty")
	// ErrClosed is returned by Put after Close, and by Get and GetNowait
	// once the queue is closed and every item has been taken.
	ErrClosed = errors.New("queue: closed")
)

// Queue is a first-in, first-out queue of ints with no size limit, like
// Python's multiprocessing.Queue(). It must be safe for concurrent use:
// any number of goroutines may call its methods at once, and each item put
// comes out once, to one Get or GetNowait.
type Queue struct {
	items  []int
	closed bool
}

// New returns an empty, open queue. It takes little memory until items are
// put: with no size limit, there is no room to reserve up front.
func New() *Queue {
	return &Queue{}
}

// Put adds item at the back of the queue. It never waits: not for a Get,
// and not for room. After Close it returns ErrClosed and the item is
// dropped; a Put that returned nil has added its item, which can still be
// taken after Close.
func (q *Queue) Put(item int) error {
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
	return nil
}

// Get removes and returns the item at the front, waiting for a Put if the
// queue is empty. Once the queue is closed and empty it returns ErrClosed.
func (q *Queue) Get() (int, error) {
	for len(q.items) == 0 {
		if q.closed {
			return 0, ErrClosed
		}
		time.Sleep(time.Millisecond) // check again in a moment
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, nil
}

// GetNowait is Get without waiting: on an empty queue it returns ErrEmpty at
// once, or ErrClosed if the queue is also closed.
func (q *Queue) GetNowait() (int, error) {
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

// Close stops the queue from accepting items and wakes every waiting Get.
// Items already in the queue can still be taken. Calling it again, also
// from several goroutines at once, does nothing.
func (q *Queue) Close() {
	q.closed = true
}
