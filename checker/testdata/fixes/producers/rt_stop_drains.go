// want: fail
// Stop starts a goroutine that drains values instead of telling send: a waiting send delivers its value and returns true, and sends after Stop keep returning true.
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
	s.values <- v
	return true
}

func (s *Stream) Values() <-chan int {
	return s.values
}

func (s *Stream) Stop() {
	s.once.Do(func() {
		go func() {
			for range s.values {
			}
		}()
	})
}
