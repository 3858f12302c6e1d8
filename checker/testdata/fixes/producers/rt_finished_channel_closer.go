// want: pass
// Each producer's goroutine reports on a buffered channel when its producer returns; a closer receives one report per producer and then closes values; Stop checks done and closes it under a mutex.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	done   chan struct{}
	mu     sync.Mutex
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	finished := make(chan struct{}, len(producers))
	for _, p := range producers {
		go func() {
			defer func() { finished <- struct{}{} }()
			p(s.send)
		}()
	}
	go func() {
		for range producers {
			<-finished
		}
		close(s.values)
	}()
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
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.done:
	default:
		close(s.done)
	}
}
