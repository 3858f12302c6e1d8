// want: pass
// Close looks at its done channel with a select-default and closes it if it
// is still open, both under the end's mutex, so two Closes cannot both close
// it. Recv goes back to its checks after any closed case, so one place
// decides between io.ErrClosedPipe and io.EOF.
package pipe

import (
	"io"
	"sync"
)

type End struct {
	in   <-chan any
	out  chan<- any
	mu   sync.Mutex
	done chan struct{}
	peer *End
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	a = &End{in: ba, out: ab, done: make(chan struct{})}
	b = &End{in: ab, out: ba, done: make(chan struct{})}
	a.peer, b.peer = b, a
	return a, b
}

func isDone(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func (e *End) Send(v any) error {
	if isDone(e.done) || isDone(e.peer.done) {
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
	for {
		switch {
		case isDone(e.done):
			return nil, io.ErrClosedPipe
		case isDone(e.peer.done):
			return nil, io.EOF
		}
		select {
		case v := <-e.in:
			return v, nil
		case <-e.done:
		case <-e.peer.done:
		}
	}
}

func (e *End) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	select {
	case <-e.done:
	default:
		close(e.done)
	}
	return nil
}
