// want: fail
// Every task gets its own goroutine at once and n is ignored: results and
// Close are safe now, but the pool runs all the tasks together.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	n      int
	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
}

func New(n int) *Pool { return &Pool{n: n} }

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.wg.Go(func() {
		f.value = task()
		close(f.done)
	})
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
