// want: fail
// Close "closes the pipe": both ends, each through its own sync.Once. Then
// the other end's Recv returns io.ErrClosedPipe, not the io.EOF that says
// the peer has gone, and its Close has nothing left to do.
package pipe

import (
	"io"
	"sync"
)

type End struct {
	in       <-chan any
	out      chan<- any
	done     chan struct{} // closed when this end is closed
	peerDone chan struct{} // closed when the peer is closed
	once     *sync.Once
	peerOnce *sync.Once
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	aDone, bDone := make(chan struct{}), make(chan struct{})
	aOnce, bOnce := &sync.Once{}, &sync.Once{}
	a = &End{in: ba, out: ab, done: aDone, peerDone: bDone, once: aOnce, peerOnce: bOnce}
	b = &End{in: ab, out: ba, done: bDone, peerDone: aDone, once: bOnce, peerOnce: aOnce}
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
	e.once.Do(func() { close(e.done) })
	e.peerOnce.Do(func() { close(e.peerDone) })
	return nil
}
