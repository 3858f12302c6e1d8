// want: fail leak
// The Future is a value, a done flag and a sync.Cond; the worker sets both
// and calls Signal. Signal wakes one waiting goroutine: when several wait
// on the same Future, the others sleep forever. It takes Broadcast.
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
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func())}
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
	p.mu.Unlock()

	f := &Future{}
	f.cond = sync.NewCond(&f.mu)
	p.tasks <- func() { // waits for a free worker, holding no lock
		v := task()
		f.mu.Lock()
		f.value, f.done = v, true
		f.mu.Unlock()
		f.cond.Signal()
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
	mu    sync.Mutex
	cond  *sync.Cond
	done  bool
	value int
}

func (f *Future) Wait() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	for !f.done {
		f.cond.Wait()
	}
	return f.value
}
