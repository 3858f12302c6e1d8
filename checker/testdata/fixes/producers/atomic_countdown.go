// want: pass
// No extra goroutine: an atomic count of running producers, and the one
// whose Add brings it to zero closes Values (Add returns the new value, so
// only one goroutine can see zero). Stop flips an atomic.Bool with
// CompareAndSwap and closes done once.
package producers

import "sync/atomic"

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	running atomic.Int64
	stopped atomic.Bool
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	if len(producers) == 0 {
		close(s.values)
		return s
	}
	s.running.Store(int64(len(producers)))
	for _, p := range producers {
		go func() {
			p(s.send)
			if s.running.Add(-1) == 0 {
				close(s.values)
			}
		}()
	}
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

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() {
	if s.stopped.CompareAndSwap(false, true) {
		close(s.done)
	}
}
