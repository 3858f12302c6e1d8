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
	tasks   chan func()
	workers sync.WaitGroup

	mu      sync.Mutex
	closed  bool
	sending int // Submits accepted but not yet handed over
	results map[int]int
	next    int
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func()), results: make(map[int]int)}
	for range n {
		p.workers.Go(func() {
			for run := range p.tasks {
				run()
			}
		})
	}
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.sending++
	p.next++
	f := &Future{p: p, id: p.next, done: make(chan struct{})}
	p.mu.Unlock()

	p.tasks <- func() { // waits for a free worker, holding no lock
		p.results[f.id] = task()
		close(f.done)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	p.sending--
	if p.closed && p.sending == 0 {
		close(p.tasks)
	}
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	if p.sending == 0 {
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
