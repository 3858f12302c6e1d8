// want: panic
// An atomic count, but decremented in one step and read in another: two
// producers that finish together both read zero, and both close Values.
// No data race: every access is atomic.
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
	if len(producers) == 0 {
		close(s.values)
	}
	for _, p := range producers {
		go func() {
			p(s.send)
			s.running.Add(-1)
			if s.running.Load() == 0 {
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
