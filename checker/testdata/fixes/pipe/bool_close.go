// want: race panic
// Close checks and sets a plain bool before closing done: two Closes at once
// race on the flag, and both may pass the check and close done twice.
package pipe

import "io"

type End struct {
	in, out chan any
	done    chan struct{}
	closed  bool
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
	select {
	case <-e.done: // both ends may be closed: ours decides
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
	if e.closed {
		return nil
	}
	e.closed = true
	close(e.done)
	return nil
}
