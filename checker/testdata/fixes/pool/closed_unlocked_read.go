// want: race
// Close sets closed under the mutex but Submit reads it before taking
// the lock ("a read is harmless"). Breaks: "Its methods ... may be called
// from any goroutine, also at the same time." (a data race on closed)
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
	if p.closed {
		return nil, ErrClosed
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
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
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
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
