// want: leak
// Close only sets a flag and Join waits for the submitted tasks, but nothing
// ever closes the task channel: the n workers wait on it forever.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks  chan func()
	wg     sync.WaitGroup // counts submitted tasks not yet finished
	mu     sync.Mutex
	closed bool
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
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.wg.Add(1)
	p.tasks <- func() {
		defer p.wg.Done()
		f.value = task()
		close(f.done)
	}
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

func (p *Pool) Join() { p.wg.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
