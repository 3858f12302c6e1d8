// want: fail
// The task's goroutine waits for a slot with if instead of for around
// Cond.Wait; a finish Broadcasts, every waiter wakes and runs without looking
// again, so more than n tasks run at once. Breaks: "runs up to n tasks at a
// time: never more".
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	n       int
	mu      sync.Mutex
	cond    *sync.Cond
	closed  bool
	running int
	pending int // submitted and not finished
}

func New(n int) *Pool {
	p := &Pool{n: n}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	p.pending++
	f := newFuture()
	go p.run(task, f)
	return f, nil
}

func (p *Pool) run(task func() int, f *Future) {
	p.mu.Lock()
	if p.running >= p.n {
		p.cond.Wait()
	}
	p.running++
	p.mu.Unlock()

	f.set(task())

	p.mu.Lock()
	p.running--
	p.pending--
	p.cond.Broadcast()
	p.mu.Unlock()
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

func (p *Pool) Join() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.pending > 0 {
		p.cond.Wait()
	}
}

type Future struct {
	mu    sync.Mutex
	cond  *sync.Cond
	done  bool
	value int
}

func newFuture() *Future {
	f := &Future{}
	f.cond = sync.NewCond(&f.mu)
	return f
}

func (f *Future) set(v int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.value, f.done = v, true
	f.cond.Broadcast()
}

func (f *Future) Wait() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	for !f.done {
		f.cond.Wait()
	}
	return f.value
}
