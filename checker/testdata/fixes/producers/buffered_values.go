// want: fail
// A buffer on Values, so that producers need not wait for the consumer: but
// send was promised to return true only once the consumer has received.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	done   chan struct{}
	once   sync.Once
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int, 16), done: make(chan struct{})}
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
