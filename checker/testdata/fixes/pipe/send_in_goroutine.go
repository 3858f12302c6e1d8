// want: leak fail
// To make Send cancellable, it sends from a new goroutine and waits for that
// or for a Close. After a Close the goroutine is still blocked on the data
// channel, left behind for good, and a peer that is still open could receive
// v later, although Send returned io.ErrClosedPipe.
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
	once     sync.Once
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
	sent := make(chan struct{})
	go func() {
		e.out <- v
		close(sent)
	}()
	select {
	case <-sent:
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
	return nil
}
