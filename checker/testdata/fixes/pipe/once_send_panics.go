// want: panic
// A sync.Once makes Close safe to repeat, and it closes both data channels so
// the peer's Recv sees EOF; but Send still sends on them, and panics.
package pipe

import (
	"io"
	"sync"
)

type pipe struct {
	once   sync.Once
	ab, ba chan any
}

type End struct {
	p       *pipe
	in, out chan any
}

func Pipe() (a, b *End) {
	p := &pipe{ab: make(chan any), ba: make(chan any)}
	return &End{p: p, in: p.ba, out: p.ab}, &End{p: p, in: p.ab, out: p.ba}
}

func (e *End) Send(v any) error {
	e.out <- v
	return nil
}

func (e *End) Recv() (any, error) {
	v, ok := <-e.in
	if !ok {
		return nil, io.EOF
	}
	return v, nil
}

func (e *End) Close() error {
	e.p.once.Do(func() {
		close(e.p.ab)
		close(e.p.ba)
	})
	return nil
}
