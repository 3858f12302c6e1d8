// want: panic race
// Stop checks a plain stopped flag before taking the mutex and sets it inside: a data race, and two Stops that both look before either locks both close done.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	mu      sync.Mutex
	stopped bool
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
	if s.stopped {
		return
	}
	s.mu.Lock()
	s.stopped = true
	close(s.done)
	s.mu.Unlock()
}
