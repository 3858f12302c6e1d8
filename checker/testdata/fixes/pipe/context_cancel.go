// want: pass
// Each end owns a context; Close is its CancelFunc, which is safe to call
// twice and from any goroutine, and every call selects on both ends' Done.
package pipe

import (
	"context"
	"io"
)

type End struct {
	in, out chan any
	ctx     context.Context
	cancel  context.CancelFunc
	peer    *End
}

func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	a = &End{in: ba, out: ab}
	b = &End{in: ab, out: ba}
	a.ctx, a.cancel = context.WithCancel(context.Background())
	b.ctx, b.cancel = context.WithCancel(context.Background())
	a.peer, b.peer = b, a
	return a, b
}

func (e *End) Send(v any) error {
	if e.ctx.Err() != nil || e.peer.ctx.Err() != nil {
		return io.ErrClosedPipe
	}
	select {
	case e.out <- v:
		return nil
	case <-e.ctx.Done():
		return io.ErrClosedPipe
	case <-e.peer.ctx.Done():
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	if e.ctx.Err() != nil {
		return nil, io.ErrClosedPipe
	}
	select {
	case v := <-e.in:
		return v, nil
	case <-e.ctx.Done():
		return nil, io.ErrClosedPipe
	case <-e.peer.ctx.Done():
		return nil, io.EOF
	}
}

func (e *End) Close() error {
	e.cancel()
	return nil
}
