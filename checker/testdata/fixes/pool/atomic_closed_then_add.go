// want: fail race panic
// closed is an atomic.Bool; Submit loads it, then
// adds to the WaitGroup, not in one step with Close. A Submit that passed the
// check before Close can add its task after Join has already returned (and
// Add races with Wait). Breaks: "Join waits until every submitted task has
// finished".
package pool

import (
	"errors"
	"sync"
	"sync/atomic"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	sem    chan struct{}
	closed atomic.Bool
	wg     sync.WaitGroup
}

func New(n int) *Pool {
	return &Pool{sem: make(chan struct{}, n)}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	if p.closed.Load() {
		return nil, ErrClosed
	}
	p.wg.Add(1)
	f := &Future{done: make(chan struct{})}
	go func() {
		defer p.wg.Done()
		p.sem <- struct{}{}
		defer func() { <-p.sem }()
		f.value = task()
		close(f.done)
	}()
	return f, nil
}

func (p *Pool) Close() {
	p.closed.Store(true)
}

func (p *Pool) Join() {
	p.wg.Wait()
}

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
