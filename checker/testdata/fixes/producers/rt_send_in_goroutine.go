// want: fail panic leak race
// send hands v to a new goroutine and returns true at once: it does not wait for the consumer, one producer's values can come out of order, and values can be closed under a pending send.
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
	go func() {
		select {
		case s.values <- v:
		case <-s.done:
		}
	}()
	return true
}

func (s *Stream) Values() <-chan int {
	return s.values
}

func (s *Stream) Stop() {
	s.once.Do(func() { close(s.done) })
}
