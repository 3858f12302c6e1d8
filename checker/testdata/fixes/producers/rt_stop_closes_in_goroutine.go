// want: fail
// Stop closes done in a goroutine of its own so that it surely returns at once: a send that starts right after Stop can still deliver and return true.
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
	go s.once.Do(func() { close(s.done) })
}
