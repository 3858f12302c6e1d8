// want: panic
// "Close of closed channel" fixed with sync.Once: the first producer to
// finish closes Values, and the others' sends now panic on the closed
// channel instead.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values    chan int
	done      chan struct{}
	closeOnce sync.Once
	stopOnce  sync.Once
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	if len(producers) == 0 {
		close(s.values)
	}
	for _, p := range producers {
		go func() {
			p(s.send)
			s.closeOnce.Do(func() { close(s.values) })
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

func (s *Stream) Stop() { s.stopOnce.Do(func() { close(s.done) }) }
