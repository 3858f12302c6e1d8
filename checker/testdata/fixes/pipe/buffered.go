// want: fail
// Buffered channels so that Send never waits: but the API promises that Send
// returns only once the other end has received the value.
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
	ab, ba := make(chan any, 16), make(chan any, 16)
	a = &End{in: ba, out: ab, done: make(chan struct{})}
	b = &End{in: ab, out: ba, done: make(chan struct{})}
	a.peer, b.peer = b, a
	return a, b
}

func (e *End) closed() bool {
	select {
	case <-e.done:
		return true
	case <-e.peer.done:
		return true
	default:
		return false
	}
}

func (e *End) Send(v any) error {
	if e.closed() {
		return io.ErrClosedPipe
	}
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
	case <-e.peer.done:
		return nil, io.EOF
	}
}

func (e *End) Close() error {
	e.once.Do(func() { close(e.done) })
	return nil
}
