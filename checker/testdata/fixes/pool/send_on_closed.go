// want: panic
// n workers read a task channel and Close closes it, but Submit sends
// without checking: a Submit after Close panics with "send on closed channel".
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	workers sync.WaitGroup
	once    sync.Once
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
	f := &Future{done: make(chan struct{})}
	p.tasks <- func() {
		f.value = task()
		close(f.done)
	}
	return f, nil
}

func (p *Pool) Close() { p.once.Do(func() { close(p.tasks) }) }

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
