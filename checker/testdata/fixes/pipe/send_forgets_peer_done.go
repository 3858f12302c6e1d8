// want: fail
// Send checks both ends before waiting, but while it waits it watches only
// its own end's done channel: a Send already waiting when the peer closes
// goes on waiting for a receiver that will never come.
package pipe

import (
	"io"
	"sync"
)

type End struct {
	in, out chan any
	once    sync.Once
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

func isClosed(done chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

func (e *End) Send(v any) error {
	if isClosed(e.done) || isClosed(e.peer.done) {
		return io.ErrClosedPipe
	}
	select {
	case e.out <- v:
		return nil
	case <-e.done:
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	if isClosed(e.done) {
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
	e.once.Do(func() { close(e.done) })
	return nil
}
