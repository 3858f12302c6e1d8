// want: fail
// An owner goroutine takes tasks from an unbounded queue and runs them
// itself, one after the other ("the pool's worker"): never more than n, but
// only one at a time. Breaks: "New returns a pool that runs up to n tasks at
// a time: never more, and n whenever n or more tasks are waiting."
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type job struct {
	task func() int
	f    *Future
}

type Pool struct {
	n      int
	mu     sync.Mutex
	cond   *sync.Cond
	queue  []job
	closed bool
	exited chan struct{}
}

func New(n int) *Pool {
	p := &Pool{n: n, exited: make(chan struct{})}
	p.cond = sync.NewCond(&p.mu)
	go p.own()
	return p
}

func (p *Pool) own() {
	defer close(p.exited)
	for {
		p.mu.Lock()
		for len(p.queue) == 0 && !p.closed {
			p.cond.Wait()
		}
		if len(p.queue) == 0 {
			p.mu.Unlock()
			return
		}
		j := p.queue[0]
		p.queue = p.queue[1:]
		p.mu.Unlock()

		j.f.value = j.task()
		close(j.f.done)
	}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.queue = append(p.queue, job{task, f})
	p.cond.Signal()
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	p.cond.Broadcast()
}

func (p *Pool) Join() { <-p.exited }

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
