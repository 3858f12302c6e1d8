// want: pass
// Stop is a context.CancelFunc (safe to call again); send checks ctx.Err() first, then selects on values and ctx.Done(); wg.Go counts the producers.
package producers

import (
	"context"
	"sync"
)

type Producer func(send func(v int) bool)

type Stream struct {
	values chan int
	ctx    context.Context
	cancel context.CancelFunc
}

func Merge(producers ...Producer) *Stream {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Stream{values: make(chan int), ctx: ctx, cancel: cancel}
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
	if s.ctx.Err() != nil {
		return false
	}
	select {
	case s.values <- v:
		return true
	case <-s.ctx.Done():
		return false
	}
}

func (s *Stream) Values() <-chan int {
	return s.values
}

func (s *Stream) Stop() {
	s.cancel()
}
