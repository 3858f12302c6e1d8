// want: panic
// The closer goroutine is right, but Stop still closes Values (once): a
// producer waiting in send, or sending later, panics on the closed channel,
// and the closer closes it a second time.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	once   sync.Once
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int)}
	var wg sync.WaitGroup
	for _, p := range producers {
		wg.Go(func() { p(s.send) })
	}
	go func() {
		wg.Wait()
		s.once.Do(func() { close(s.values) })
	}()
	return s
}

func (s *Stream) send(v int) bool {
	s.values <- v
	return true
}

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() { s.once.Do(func() { close(s.values) }) }
