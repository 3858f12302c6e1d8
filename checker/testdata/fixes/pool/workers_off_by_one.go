// want: fail deadlock
// Right in every other way, but New counts its workers from 1 to n-1, so a
// pool of n runs only n-1 tasks at once, and New(1) runs none at all: its
// first Submit waits forever.
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
	for i := 1; i < n; i++ {
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

	f := &Future{done: make(chan struct{})}
	p.tasks <- func() { // waits for a free worker, holding no lock
		f.value = task()
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
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
