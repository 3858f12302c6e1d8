// want: pass
// One mutex guards the running count and the stopped flag: the producer that brings the count to 0 closes values, and Stop closes done only if the flag was unset.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	mu      sync.Mutex
	running int
	stopped bool
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{}), running: len(producers)}
	if len(producers) == 0 {
		close(s.values)
	}
	for _, p := range producers {
		go func() {
			p(s.send)
			s.mu.Lock()
			s.running--
			last := s.running == 0
			s.mu.Unlock()
			if last {
				close(s.values)
			}
		}()
	}
	return s
}

func (s *Stream) send(v int) bool {
	s.mu.Lock()
	stopped := s.stopped
	s.mu.Unlock()
	if stopped {
		return false
	}
	select {
	case s.values <- v:
		return true
	case <-s.done:
		return false
	}
}

func (s *Stream) Values() <-chan int {
	return s.values
}

func (s *Stream) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.stopped {
		s.stopped = true
		close(s.done)
	}
}
