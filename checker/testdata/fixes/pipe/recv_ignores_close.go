// want: deadlock
// Close and Send use done channels correctly, but Recv only waits on the data
// channel, which nobody closes any more: a Recv after Close waits forever.
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

func (e *End) Send(v any) error {
	select {
	case <-e.done:
		return io.ErrClosedPipe
	case <-e.peer.done:
		return io.ErrClosedPipe
	default:
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
	v, ok := <-e.in
	if !ok {
		return nil, io.EOF
	}
	return v, nil
}

func (e *End) Close() error {
	e.once.Do(func() { close(e.done) })
	return nil
}
