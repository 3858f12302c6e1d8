// want: fail
// No done channels: each end has an atomic closed flag, and Send and Recv
// wait in short slices, looking at the flags every 10 ms. Nothing races, but
// a Close reaches a waiting call up to 10 ms late, not at once.
package pipe

import (
	"io"
	"sync/atomic"
	"time"
)

type End struct {
	in, out chan any
	closed  atomic.Bool
	peer    *End
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	a = &End{in: ba, out: ab}
	b = &End{in: ab, out: ba}
	a.peer, b.peer = b, a
	return a, b
}

func (e *End) Send(v any) error {
	for {
		if e.closed.Load() || e.peer.closed.Load() {
			return io.ErrClosedPipe
		}
		select {
		case e.out <- v:
			return nil
		case <-time.After(10 * time.Millisecond): // look at the flags again
		}
	}
}

func (e *End) Recv() (any, error) {
	for {
		if e.closed.Load() {
			return nil, io.ErrClosedPipe
		}
		if e.peer.closed.Load() {
			return nil, io.EOF
		}
		select {
		case v := <-e.in:
			return v, nil
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func (e *End) Close() error {
	e.closed.Store(true)
	return nil
}
