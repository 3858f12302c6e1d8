// want: race fail
// Stop sets a plain bool that send reads: unsynchronised, and a send that
// is already waiting never looks at it again.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
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
	if s.stopped {
		return false
	}
	s.values <- v
	return true
}

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() { s.stopped = true }
