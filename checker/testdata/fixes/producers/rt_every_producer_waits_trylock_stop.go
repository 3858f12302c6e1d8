// want: pass
// Each producer's goroutine, once its producer returns, waits for all the others and then closes values inside a shared sync.Once; Stop closes done only if TryLock wins a mutex that is never unlocked.
package producers

import "sync"

type Producer func(send func(v int) bool)

type Stream struct {
	values    chan int
	done      chan struct{}
	closeOnce sync.Once
	stopMu    sync.Mutex
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	if len(producers) == 0 {
		close(s.values)
		return s
	}
	var wg sync.WaitGroup
	wg.Add(len(producers))
	for _, p := range producers {
		go func() {
			p(s.send)
			wg.Done()
			wg.Wait()
			s.closeOnce.Do(func() { close(s.values) })
		}()
	}
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
	if s.stopMu.TryLock() { // never unlocked: only the first Stop gets it
		close(s.done)
	}
}
