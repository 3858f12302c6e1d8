// want: panic
// Close closes a quit channel and Submit looks at it; a second Close
// closes it again and panics. Breaks: "Calling it again does nothing."
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	sem  chan struct{}
	mu   sync.Mutex
	quit chan struct{}
	wg   sync.WaitGroup
}

func New(n int) *Pool {
	return &Pool{sem: make(chan struct{}, n), quit: make(chan struct{})}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.quit:
		return nil, ErrClosed
	default:
	}
	p.wg.Add(1)
	f := &Future{done: make(chan struct{})}
	go func() {
		defer p.wg.Done()
		p.sem <- struct{}{}
		defer func() { <-p.sem }()
		f.value = task()
		close(f.done)
	}()
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	close(p.quit)
}

func (p *Pool) Join() {
	p.wg.Wait()
}

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
