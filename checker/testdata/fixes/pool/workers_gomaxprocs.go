// want: fail
// New starts min(n, runtime.GOMAXPROCS(0)) workers ("more workers
// than Ps cannot run at once anyway"). Breaks: "New returns a pool that
// runs up to n tasks at a time: never more, and n whenever n or more tasks
// are waiting."
package pool

import (
	"errors"
	"runtime"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type job struct {
	task func() int
	f    *Future
}

type Pool struct {
	tasks   chan job
	workers sync.WaitGroup

	mu      sync.Mutex
	closed  bool
	sending int
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan job)}
	for range min(n, runtime.GOMAXPROCS(0)) {
		p.workers.Add(1)
		go p.work()
	}
	return p
}

func (p *Pool) work() {
	defer p.workers.Done()
	for j := range p.tasks {
		j.f.value = j.task()
		close(j.f.done)
	}
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
	p.tasks <- job{task, f}

	p.mu.Lock()
	p.sending--
	if p.closed && p.sending == 0 {
		close(p.tasks)
	}
	p.mu.Unlock()
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

func (p *Pool) Join() {
	p.workers.Wait()
}

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
