// want: pass
// An errgroup.Group with SetLimit(n): g.Go waits for a free slot, so
// Submit may wait (without holding the lock). The task is counted in our own
// WaitGroup before the lock is released, since g.Go counts it only once it
// has a slot; Join waits for both.
package pool

import (
	"errors"
	"sync"

	"golang.org/x/sync/errgroup"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	g       errgroup.Group
	mu      sync.Mutex
	closed  bool
	pending sync.WaitGroup
}

func New(n int) *Pool {
	p := &Pool{}
	p.g.SetLimit(n)
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.pending.Add(1)
	p.mu.Unlock()

	f := &Future{done: make(chan struct{})}
	p.g.Go(func() error {
		defer p.pending.Done()
		f.value = task()
		close(f.done)
		return nil
	})
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

func (p *Pool) Join() {
	p.pending.Wait()
	_ = p.g.Wait()
}

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
