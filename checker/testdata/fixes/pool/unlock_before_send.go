// want: panic race
// Submit checks closed under the mutex, then lets go of it to send, so that
// Close never waits; Close closes the task channel. But a Submit still
// waiting to send when Close closes the channel panics: send on closed channel.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	workers sync.WaitGroup

	mu     sync.Mutex
	closed bool
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
	p.mu.Unlock()

	f := &Future{done: make(chan struct{})}
	p.tasks <- func() { // waits for a free worker, holding no lock
		f.value = task()
		close(f.done)
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
	close(p.tasks)
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
