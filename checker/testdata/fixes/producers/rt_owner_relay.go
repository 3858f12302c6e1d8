// want: pass
// send hands each value with a reply channel to an owner goroutine, which alone sends on values (or answers false once done is closed) and closes values after the closer closes the request channel.
package producers

import "sync"

type Producer func(send func(v int) bool)

type request struct {
	v     int
	reply chan bool
}

type Stream struct {
	values chan int
	reqs   chan request
	done   chan struct{}
	once   sync.Once
}

func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), reqs: make(chan request), done: make(chan struct{})}
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
		close(s.reqs)
	}()
	go s.own()
	return s
}

func (s *Stream) own() {
	for r := range s.reqs {
		select {
		case <-s.done:
			r.reply <- false
			continue
		default:
		}
		select {
		case s.values <- r.v:
			r.reply <- true
		case <-s.done:
			r.reply <- false
		}
	}
	close(s.values)
}

func (s *Stream) send(v int) bool {
	select {
	case <-s.done:
		return false
	default:
	}
	r := request{v, make(chan bool, 1)}
	select {
	case s.reqs <- r:
		return <-r.reply
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
