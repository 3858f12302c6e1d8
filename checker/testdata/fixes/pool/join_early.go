// want: fail
// Join waits for a count of waiting tasks, but a worker marks its task done
// when it takes it, not when it finishes it: Join returns while tasks run.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	waiting sync.WaitGroup // tasks not yet taken by a worker

	mu      sync.Mutex
	closed  bool
	sending int // Submits accepted but not yet handed over
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func())}
	for range n {
		go func() {
			for run := range p.tasks {
				p.waiting.Done() // one task fewer in the queue
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
	p.waiting.Add(1)
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

func (p *Pool) Join() { p.waiting.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
