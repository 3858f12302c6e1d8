// want: panic
// Close guards its close(done) with an atomic.Bool, but loads it and stores
// it in two steps: two Closes at once can both load false, and both close.
package pipe

import (
	"io"
	"sync/atomic"
)

type End struct {
	in, out chan any
	closed  atomic.Bool
	done    chan struct{}
	peer    *End
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	a = &End{in: ba, out: ab, done: make(chan struct{})}
	b = &End{in: ab, out: ba, done: make(chan struct{})}
	a.peer, b.peer = b, a
	return a, b
}

func (e *End) Send(v any) error {
	select {
	case e.out <- v:
		return nil
	case <-e.done:
		return io.ErrClosedPipe
	case <-e.peer.done:
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	if e.closed.Load() { // both done channels may be closed: ours decides
		return nil, io.ErrClosedPipe
	}
	select {
	case v := <-e.in:
		return v, nil
	case <-e.done:
		return nil, io.ErrClosedPipe
	case <-e.peer.done:
		return nil, io.EOF
	}
}

func (e *End) Close() error {
	if !e.closed.Load() {
		e.closed.Store(true)
		close(e.done)
	}
	return nil
}
