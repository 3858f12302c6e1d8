// want: race panic fail
// The closer closes values when all producers are done OR when Stop closes done: Values is closed before the producers have returned, and a send whose select picks the closed values panics.
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
	all := make(chan struct{})
	go func() {
		wg.Wait()
		close(all)
	}()
	go func() {
		select {
		case <-all:
		case <-s.done:
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
	s.once.Do(func() { close(s.done) })
}
