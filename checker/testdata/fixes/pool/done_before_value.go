// want: race fail
// The goroutine closes done and then stores the value, so
// Wait can return before the value is written. Breaks: "Wait waits until the
// task has run and returns its result".
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
		v := task()
		close(f.done)
		f.value = v
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
