// want: pass
// One channel for the whole pipe, closed once (sync.Once) by whichever end
// closes first, plus an atomic.Bool per end saying that end was closed.
// Close sets its flag before it closes the channel, so a call woken by the
// channel sees the flag: Recv answers io.ErrClosedPipe or io.EOF by its own.
package pipe

import (
	"io"
	"sync"
	"sync/atomic"
)

type shared struct {
	shut chan struct{}
	once sync.Once
}

type End struct {
	in     <-chan any
	out    chan<- any
	s      *shared
	closed atomic.Bool
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	s := &shared{shut: make(chan struct{})}
	return &End{in: ba, out: ab, s: s}, &End{in: ab, out: ba, s: s}
}

func (e *End) shut() bool {
	select {
	case <-e.s.shut:
		return true
	default:
		return false
	}
}

func (e *End) Send(v any) error {
	if e.shut() {
		return io.ErrClosedPipe
	}
	select {
	case e.out <- v:
		return nil
	case <-e.s.shut:
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	if e.closed.Load() {
		return nil, io.ErrClosedPipe
	}
	select {
	case v := <-e.in:
		return v, nil
	case <-e.s.shut:
		if e.closed.Load() {
			return nil, io.ErrClosedPipe
		}
		return nil, io.EOF
	}
}

func (e *End) Close() error {
	e.closed.Store(true)
	e.s.once.Do(func() { close(e.s.shut) })
	return nil
}
