// want: deadlock
// No producer closes Values any more, so nothing panics; but a consumer
// ranging over Values waits forever after the last value.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	done   chan struct{}
	once   sync.Once
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	for _, p := range producers {
		go p(s.send)
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
