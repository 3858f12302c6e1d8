// want: pass
// No channels: one mutex and one sync.Cond guard the whole pipe. Each
// direction has a one-value slot; Send fills it and waits until a Recv has
// taken it, Recv waits until it is full, and Close wakes everyone with
// Broadcast. A Send whose value was not taken when an end closed takes it
// back, so the peer never gets it.
package pipe

import (
	"io"
	"sync"
)

type pipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	closed [2]bool
	slot   [2]any    // slot[i]: the value end i is sending
	full   [2]bool   // whether slot[i] holds a value
	put    [2]uint64 // values put into slot[i] so far
	taken  [2]uint64 // values taken from slot[i] so far
}

type End struct {
	p        *pipe
	me, peer int
}

func Pipe() (a, b *End) {
	p := &pipe{}
	p.cond = sync.NewCond(&p.mu)
	return &End{p: p, me: 0, peer: 1}, &End{p: p, me: 1, peer: 0}
}

func (p *pipe) anyClosed() bool { return p.closed[0] || p.closed[1] }

func (e *End) Send(v any) error {
	p := e.p
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.full[e.me] && !p.anyClosed() { // another Send's value is in the slot
		p.cond.Wait()
	}
	if p.anyClosed() {
		return io.ErrClosedPipe
	}
	p.slot[e.me], p.full[e.me] = v, true
	p.put[e.me]++
	mine := p.put[e.me]
	p.cond.Broadcast()
	for p.taken[e.me] < mine && !p.anyClosed() {
		p.cond.Wait()
	}
	if p.taken[e.me] >= mine {
		return nil
	}
	p.slot[e.me], p.full[e.me] = nil, false // closed before anyone took it
	p.cond.Broadcast()
	return io.ErrClosedPipe
}

func (e *End) Recv() (any, error) {
	p := e.p
	p.mu.Lock()
	defer p.mu.Unlock()
	for !p.full[e.peer] && !p.anyClosed() {
		p.cond.Wait()
	}
	switch {
	case p.closed[e.me]:
		return nil, io.ErrClosedPipe
	case p.closed[e.peer]:
		return nil, io.EOF
	}
	v := p.slot[e.peer]
	p.slot[e.peer], p.full[e.peer] = nil, false
	p.taken[e.peer]++
	p.cond.Broadcast()
	return v, nil
}

func (e *End) Close() error {
	e.p.mu.Lock()
	defer e.p.mu.Unlock()
	e.p.closed[e.me] = true
	e.p.cond.Broadcast()
	return nil
}
