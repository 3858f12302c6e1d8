// want: pass
// One goroutine per task, but each first takes a slot in a buffered channel
// of capacity n (a semaphore), so at most n run; Submit never waits.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	slots chan struct{}
	tasks sync.WaitGroup

	mu     sync.Mutex // guards closed and orders tasks.Add before Join's Wait
	closed bool
}

func New(n int) *Pool {
	return &Pool{slots: make(chan struct{}, n)}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.tasks.Go(func() {
		p.slots <- struct{}{} // wait for a free slot
		defer func() { <-p.slots }()
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

func (p *Pool) Join() {
	p.tasks.Wait()
}

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
