// want: fail
// Every access to closed and to the WaitGroup is locked, but Submit checks
// closed in one locked section and counts the task in another: a Close and
// a Join can both run in between, and Join returns before the task has even
// been counted, let alone run.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	slots chan struct{}
	tasks sync.WaitGroup

	mu     sync.Mutex // guards closed and orders tasks.Add before Join's Wait
	closed bool
}

func New(n int) *Pool {
	return &Pool{slots: make(chan struct{}, n)}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tasks.Go(func() {
		p.slots <- struct{}{} // wait for a free slot
		defer func() { <-p.slots }()
		f.value = task()
		close(f.done)
	})
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

func (p *Pool) Join() {
	p.tasks.Wait()
}

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
