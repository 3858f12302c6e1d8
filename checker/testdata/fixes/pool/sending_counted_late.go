// want: panic fail
// Submit checks closed in one locked section and
// counts itself as sending in another; a Close in between sees no Submit
// sending and closes the channel, and the Submit's send panics. Breaks: "a
// Submit still waiting when Close is called is not refused: its task runs".
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
	tasks   chan job
	workers sync.WaitGroup

	mu      sync.Mutex
	closed  bool
	sending int
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan job)}
	for range n {
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
	p.mu.Unlock()

	p.mu.Lock()
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
