// want: fail
// One "pipe closed" channel for both ends, closed once by either, and Recv
// returns io.EOF whenever it is closed: also on the end that was itself
// closed, which must answer io.ErrClosedPipe.
package pipe

import (
	"io"
	"sync"
)

type End struct {
	in   <-chan any
	out  chan<- any
	shut chan struct{}
	once *sync.Once
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	shut, once := make(chan struct{}), &sync.Once{}
	return &End{in: ba, out: ab, shut: shut, once: once}, &End{in: ab, out: ba, shut: shut, once: once}
}

func (e *End) Send(v any) error {
	select {
	case <-e.shut:
		return io.ErrClosedPipe
	default:
	}
	select {
	case e.out <- v:
		return nil
	case <-e.shut:
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	select {
	case <-e.shut:
		return nil, io.EOF
	default:
	}
	select {
	case v := <-e.in:
		return v, nil
	case <-e.shut:
		return nil, io.EOF
	}
}

func (e *End) Close() error {
	e.once.Do(func() { close(e.shut) })
	return nil
}
