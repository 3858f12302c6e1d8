// want: fail
// The atomic countdown done right, except that with no producers nobody is
// left to bring the count to zero, and Values is never closed.
package producers

import (
	"sync"
	"sync/atomic"
)

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	once    sync.Once
	running atomic.Int64
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	s.running.Store(int64(len(producers)))
	for _, p := range producers {
		go func() {
			p(s.send)
			if s.running.Add(-1) == 0 {
				close(s.values)
			}
		}()
	}
	return s
}

func (s *Stream) send(v int) bool {
	select {
	case <-s.done:
		return false
	default:
	}
	select {
	case s.values <- v:
		return true
	case <-s.done:
		return false
	}
}

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() { s.once.Do(func() { close(s.done) }) }
