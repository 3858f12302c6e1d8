// want: panic
// Stop reads an atomic flag with Load and sets it with Store in a second step: two Stops at once both see false and both close done (no data race).
package producers

import (
	"sync"
	"sync/atomic"
)

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	stopped atomic.Bool
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	var wg sync.WaitGroup
	for _, p := range producers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p(s.send)
		}()
	}
	go func() {
		wg.Wait()
		close(s.values)
	}()
	return s
}

func (s *Stream) send(v int) bool {
	if s.stopped.Load() {
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
	if !s.stopped.Load() {
		s.stopped.Store(true)
		close(s.done)
	}
}
