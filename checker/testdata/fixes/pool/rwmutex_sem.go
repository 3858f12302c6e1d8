// want: pass
// RWMutex: Submits take RLock to check closed and count the task (many
// at once), Close takes Lock. Semaphore slot taken by the task's goroutine.
// Future is a sync.WaitGroup latch (Add(1) when made, Done after the value).
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	sem    chan struct{}
	mu     sync.RWMutex
	closed bool
	wg     sync.WaitGroup
}

func New(n int) *Pool {
	return &Pool{sem: make(chan struct{}, n)}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return nil, ErrClosed
	}
	p.wg.Add(1)
	f := &Future{}
	f.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.sem <- struct{}{}
		f.value = task()
		<-p.sem
		f.wg.Done()
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
	wg    sync.WaitGroup
	value int
}

func (f *Future) Wait() int {
	f.wg.Wait()
	return f.value
}
