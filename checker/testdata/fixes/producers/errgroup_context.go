// want: pass
// errgroup runs the producers; one goroutine closes Values after g.Wait.
// Stop is a context's cancel function, which may be called any number of
// times from any goroutine.
package producers

import (
	"context"

	"golang.org/x/sync/errgroup"
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

func (s *Stream) Values() <-chan int { return s.values }

func (s *Stream) Stop() { s.cancel() }
