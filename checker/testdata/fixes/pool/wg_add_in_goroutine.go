// want: fail race panic compile
// The task's goroutine adds itself to the WaitGroup, so Join can run
// before the Add and return while the task has not even started. Breaks:
// "Join waits until every submitted task has finished".
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

	f := &Future{done: make(chan struct{})}
	go func() {
		p.wg.Add(1)
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
