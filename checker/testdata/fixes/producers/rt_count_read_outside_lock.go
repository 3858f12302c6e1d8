// want: race panic
// The running count is decremented under the mutex but read for "am I last?" after Unlock: a data race, and two producers finishing together can both read 0 and both close values.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	once    sync.Once
	mu      sync.Mutex
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
			s.mu.Lock()
			s.running--
			s.mu.Unlock()
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

func (s *Stream) Values() <-chan int {
	return s.values
}

func (s *Stream) Stop() {
	s.once.Do(func() { close(s.done) })
}
