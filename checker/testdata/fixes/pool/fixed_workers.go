// want: pass
// n workers, started by New, range over one unbuffered channel of tasks.
// Submit checks closed and counts itself as sending under the mutex, then
// sends without it, so Close never waits behind a waiting Submit. Close
// cannot close the channel while a Submit may still send on it: whichever of
// Close and the last sending Submit comes last closes it.
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
