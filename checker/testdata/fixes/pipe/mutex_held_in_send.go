// want: deadlock
// One mutex guards the closed flags, and Send keeps it locked while it waits
// for a receiver: the peer's Recv and any Close now wait for that Send.
package pipe

import (
	"io"
	"sync"
)

type state struct {
	mu     sync.Mutex
	closed [2]bool
	done   [2]chan struct{}
	data   [2]chan any
}

type End struct {
	s        *state
	me, peer int
}

func Pipe() (a, b *End) {
	s := &state{}
	for i := range 2 {
		s.done[i] = make(chan struct{})
		s.data[i] = make(chan any)
	}
	return &End{s: s, me: 0, peer: 1}, &End{s: s, me: 1, peer: 0}
}

func (e *End) Send(v any) error {
	e.s.mu.Lock()
	defer e.s.mu.Unlock()
	if e.s.closed[e.me] || e.s.closed[e.peer] {
		return io.ErrClosedPipe
	}
	select {
	case e.s.data[e.me] <- v:
		return nil
	case <-e.s.done[e.me]:
		return io.ErrClosedPipe
	case <-e.s.done[e.peer]:
		return io.ErrClosedPipe
	}
}

func (e *End) Recv() (any, error) {
	e.s.mu.Lock()
	closed := e.s.closed[e.me]
	e.s.mu.Unlock()
	if closed {
		return nil, io.ErrClosedPipe
	}
	select {
	case v := <-e.s.data[e.peer]:
		return v, nil
	case <-e.s.done[e.me]:
		return nil, io.ErrClosedPipe
	case <-e.s.done[e.peer]:
		return nil, io.EOF
	}
}

func (e *End) Close() error {
	e.s.mu.Lock()
	defer e.s.mu.Unlock()
	if !e.s.closed[e.me] {
		e.s.closed[e.me] = true
		close(e.s.done[e.me])
	}
	return nil
}
