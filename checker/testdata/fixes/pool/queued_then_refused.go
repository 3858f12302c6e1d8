// want: fail
// A queue and a sync.Cond, like cond_queue.go, but Submit queues the task
// first and looks at closed afterwards: after Close it returns ErrClosed, yet
// the task is already in the queue, and the workers run it before they exit.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	mu      sync.Mutex
	ready   *sync.Cond // a task was queued, or the pool was closed
	queue   []func()
	closed  bool
	workers sync.WaitGroup
}

func New(n int) *Pool {
	p := &Pool{}
	p.ready = sync.NewCond(&p.mu)
	for range n {
		p.workers.Go(p.work)
	}
	return p
}

func (p *Pool) work() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		for len(p.queue) == 0 && !p.closed {
			p.ready.Wait()
		}
		if len(p.queue) == 0 {
			return // closed, and nothing left to run
		}
		run := p.queue[0]
		p.queue = p.queue[1:]
		p.mu.Unlock()
		run()
		p.mu.Lock()
	}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	f := &Future{done: make(chan struct{})}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.queue = append(p.queue, func() {
		f.value = task()
		close(f.done)
	})
	p.ready.Signal()
	if p.closed {
		return nil, ErrClosed // too late: the task is in the queue
	}
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	p.ready.Broadcast()
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
