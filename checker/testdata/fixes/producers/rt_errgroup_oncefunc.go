// want: pass
// An errgroup.Group runs the producers and a closer waits on g.Wait; Stop is a sync.OnceFunc that closes done.
package producers

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	done   chan struct{}
	stop   func()
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	s.stop = sync.OnceFunc(func() { close(s.done) })
	var g errgroup.Group
	for _, p := range producers {
		g.Go(func() error {
			p(s.send)
			return nil
		})
	}
	go func() {
		g.Wait()
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
	s.stop()
}
