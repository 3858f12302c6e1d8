// want: pass
// No mutex: the queue's state lives in one of two 1-slot channels, ready
// (items to take, or closed) or empty. Whoever receives it owns it until
// it sends it back, and Get simply waits to receive from ready.
package queue

import "errors"

var (
	ErrEmpty  = errors.New("queue: empty")
	ErrClosed = errors.New("queue: closed")
)

type state struct {
	items  []int
	closed bool
}

type Queue struct {
	ready chan state // holds the state when it has items or is closed
	empty chan state // holds the state when it is open and empty
}

func New() *Queue {
	q := &Queue{ready: make(chan state, 1), empty: make(chan state, 1)}
	q.empty <- state{}
	return q
}

// acquire takes the state from whichever channel holds it.
func (q *Queue) acquire() state {
	select {
	case s := <-q.ready:
		return s
	case s := <-q.empty:
		return s
	}
}

// release gives the state back to the channel that matches it.
func (q *Queue) release(s state) {
	if len(s.items) > 0 || s.closed {
		q.ready <- s
	} else {
		q.empty <- s
	}
}

func (q *Queue) Put(item int) error {
	s := q.acquire()
	defer func() { q.release(s) }()
	if s.closed {
		return ErrClosed
	}
	s.items = append(s.items, item)
	return nil
}

func (q *Queue) Get() (int, error) {
	s := <-q.ready
	defer func() { q.release(s) }()
	return take(&s)
}

func (q *Queue) GetNowait() (int, error) {
	s := q.acquire()
	defer func() { q.release(s) }()
	if len(s.items) == 0 && !s.closed {
		return 0, ErrEmpty
	}
	return take(&s)
}

func take(s *state) (int, error) {
	if len(s.items) == 0 {
		return 0, ErrClosed
	}
	item := s.items[0]
	s.items = s.items[1:]
	return item, nil
}

func (q *Queue) Close() {
	s := q.acquire()
	s.closed = true
	q.release(s)
}
