// want: leak
// Close only sets a flag, and Join waits for the submitted tasks, but
// nothing ever closes the task channel: the n workers wait on it forever.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	pending sync.WaitGroup // submitted tasks not yet finished

	mu      sync.Mutex
	closed  bool
	sending int // Submits accepted but not yet handed over
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func())}
	for range n {
		go func() {
			for run := range p.tasks {
				run()
			}
		}()
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
	p.pending.Add(1)
	p.mu.Unlock()

	f := &Future{done: make(chan struct{})}
	p.tasks <- func() { // waits for a free worker, holding no lock
		defer p.pending.Done()
		f.value = task()
		close(f.done)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	p.sending--
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
}

func (p *Pool) Join() { p.pending.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
