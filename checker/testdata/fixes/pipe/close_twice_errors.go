// want: fail
// Like os.File's, a second Close returns an error (io.ErrClosedPipe). The
// doc says the calls after the first do nothing: they return nil too.
package pipe

import (
	"io"
	"sync/atomic"
)

type End struct {
	in       <-chan any
	out      chan<- any
	done     chan struct{} // closed when this end is closed
	peerDone chan struct{} // closed when the peer is closed
	closed   atomic.Bool
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	aDone, bDone := make(chan struct{}), make(chan struct{})
	a = &End{in: ba, out: ab, done: aDone, peerDone: bDone}
	b = &End{in: ab, out: ba, done: bDone, peerDone: aDone}
	return a, b
}

func (e *End) Send(v any) error {
	select {
	case <-e.done:
		return io.ErrClosedPipe
	case <-e.peerDone:
		return io.ErrClosedPipe
	default:
	}
	select {
	case e.out <- v:
		return nil
	case <-e.done:
		return io.ErrClosedPipe
	case <-e.peerDone:
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	select {
	case <-e.done:
		return nil, io.ErrClosedPipe
	default:
	}
	select {
	case v := <-e.in:
		return v, nil
	case <-e.done:
		return nil, io.ErrClosedPipe
	case <-e.peerDone:
		select {
		case <-e.done:
			return nil, io.ErrClosedPipe
		default:
			return nil, io.EOF
		}
	}
}

func (e *End) Close() error {
	if !e.closed.CompareAndSwap(false, true) {
		return io.ErrClosedPipe
	}
	close(e.done)
	return nil
}
