// want: deadlock
// A mutex makes "stopped?" and the send one step, and Stop takes it too:
// but send holds it while it waits for the consumer, so Stop waits for the
// mutex, and the waiting send waits for Stop.
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
		wg.Go(func() { p(s.send) })
	}
	go func() {
		wg.Wait()
		close(s.values)
	}()
	return s
}

func (s *Stream) send(v int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return false
	}
	s.values <- v
	return true
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
