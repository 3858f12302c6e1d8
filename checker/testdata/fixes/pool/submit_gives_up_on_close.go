// want: fail
// Submit waits in a select: hand the task to a worker, or give up with
// ErrClosed when Close closes a quit channel; workers stop on quit too.
// Close returns at once, but a Submit that was already waiting when Close
// was called is refused, though the doc says its task still runs.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	quit    chan struct{} // closed by Close
	workers sync.WaitGroup
	once    sync.Once
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func()), quit: make(chan struct{})}
	for range n {
		p.workers.Go(func() {
			for {
				select {
				case run := <-p.tasks:
					run()
				case <-p.quit:
					return
				}
			}
		})
	}
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	select {
	case <-p.quit:
		return nil, ErrClosed
	default:
	}
	f := &Future{done: make(chan struct{})}
	select {
	case p.tasks <- func() {
		f.value = task()
		close(f.done)
	}:
		return f, nil
	case <-p.quit:
		return nil, ErrClosed
	}
}

func (p *Pool) Close() { p.once.Do(func() { close(p.quit) }) }

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
