// want: pass
// A mutex guards a count of running producers and a stopped flag; the last
// producer closes Values under the lock, and Stop closes done under the
// lock the first time only. No lock is held while send waits.
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
	if s.running == 0 {
		close(s.values)
	}
	for _, p := range producers {
		go func() {
			p(s.send)
			s.mu.Lock()
			defer s.mu.Unlock()
			s.running--
			if s.running == 0 {
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

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.stopped {
		s.stopped = true
		close(s.done)
	}
}
