// want: pass
// An atomic count of running producers, and a closer goroutine that polls it every millisecond with time.Sleep and closes values once it is 0; Stop closes done after winning a CompareAndSwap. (Written after reading the tests.)
package producers

import (
	"sync/atomic"
	"time"
)

type Producer func(send func(v int) bool)

type Stream struct {
	values  chan int
	done    chan struct{}
	running atomic.Int64
	stopped atomic.Bool
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	s.running.Store(int64(len(producers)))
	for _, p := range producers {
		go func() {
			p(s.send)
			s.running.Add(-1)
		}()
	}
	go func() {
		for s.running.Load() > 0 {
			time.Sleep(time.Millisecond)
		}
		close(s.values)
	}()
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

func (s *Stream) Values() <-chan int {
	return s.values
}

func (s *Stream) Stop() {
	if s.stopped.CompareAndSwap(false, true) {
		close(s.done)
	}
}
