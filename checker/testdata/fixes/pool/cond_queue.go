// want: pass
// n workers take tasks from a slice under one mutex and wait on a sync.Cond
// when it is empty; Submit appends and signals, so it never waits. Close
// sets closed and wakes every worker; a worker exits once the queue is
// empty and the pool closed.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	mu      sync.Mutex
	ready   *sync.Cond // a task was queued, or the pool was closed
	queue   []func()
	closed  bool
	workers sync.WaitGroup
}

func New(n int) *Pool {
	p := &Pool{}
	p.ready = sync.NewCond(&p.mu)
	for range n {
		p.workers.Go(p.work)
	}
	return p
}

func (p *Pool) work() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		for len(p.queue) == 0 && !p.closed {
			p.ready.Wait()
		}
		if len(p.queue) == 0 {
			return // closed, and nothing left to run
		}
		run := p.queue[0]
		p.queue = p.queue[1:]
		p.mu.Unlock()
		run()
		p.mu.Lock()
	}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.queue = append(p.queue, func() {
		f.value = task()
		close(f.done)
	})
	p.ready.Signal()
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	p.ready.Broadcast()
}

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
