// want: race panic
// The workers are bounded, but results go into one map that every worker
// writes without a lock; Wait reads it after the task's done channel closes.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan job
	workers sync.WaitGroup
	results map[int]int
	next    int
	mu      sync.Mutex
	closed  bool
}

type job struct {
	id   int
	task func() int
	done chan struct{}
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan job), results: make(map[int]int)}
	for range n {
		p.workers.Go(func() {
			for j := range p.tasks {
				p.results[j.id] = j.task()
				close(j.done)
			}
		})
	}
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	p.next++
	f := &Future{p: p, id: p.next, done: make(chan struct{})}
	p.tasks <- job{f.id, task, f.done}
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.tasks)
	}
}

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	p    *Pool
	id   int
	done chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.p.results[f.id]
}
