// want: race
// The last producer closes Values, counting with a plain int that every
// producer's goroutine decrements unsynchronised.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	once    sync.Once
	running int
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{}), running: len(producers)}
	if len(producers) == 0 {
		close(s.values)
	}
	for _, p := range producers {
		go func() {
			p(s.send)
			s.running--
			if s.running == 0 {
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
