// want: deadlock fail timeout
// Close wakes the idle workers with Signal instead of Broadcast: one
// worker wakes and exits, the others sleep on. Breaks: "Join waits until
// every submitted task has finished and the pool's goroutines have exited."
// (it never returns)
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
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []job
	closed  bool
	workers sync.WaitGroup
}

func New(n int) *Pool {
	p := &Pool{}
	p.cond = sync.NewCond(&p.mu)
	p.workers.Add(n)
	for range n {
		go p.work()
	}
	return p
}

func (p *Pool) work() {
	defer p.workers.Done()
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
		p.queue[0] = job{}
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
	p.cond.Signal()
}

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
