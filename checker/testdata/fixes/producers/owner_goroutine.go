// want: pass
// An owner goroutine does the closing: each producer's goroutine reports
// "finished" on a channel, and the owner closes Values after it has heard
// from all of them. Stop uses sync.OnceFunc.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	done   chan struct{}
	stop   func()
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	s.stop = sync.OnceFunc(func() { close(s.done) })
	finished := make(chan struct{})
	for _, p := range producers {
		go func() {
			p(s.send)
			finished <- struct{}{}
		}()
	}
	go func() {
		for range producers {
			<-finished
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

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() { s.stop() }
