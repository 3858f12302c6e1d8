// want: pass
// Semaphore taken by Submit itself, after the lock is released:
// Submit waits for a free slot (allowed), counted in the WaitGroup first so
// Close does not refuse it and Join waits for it.
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	sem    chan struct{}
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func New(n int) *Pool {
	return &Pool{sem: make(chan struct{}, n)}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.wg.Add(1)
	p.mu.Unlock()

	p.sem <- struct{}{} // wait for a free slot, holding no lock
	f := &Future{done: make(chan struct{})}
	go func() {
		defer p.wg.Done()
		defer func() { <-p.sem }()
		f.value = task()
		close(f.done)
	}()
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
}

func (p *Pool) Join() { p.wg.Wait() }

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
