// want: pass
// A semaphore pool whose Future is a mutex held across the slow step: Submit
// locks it, the task's goroutine unlocks it once the value is set, and Wait
// locks and unlocks it to read the value, as often as it is called. Wait
// blocks on a mutex here, never on a channel.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	slots chan struct{}
	tasks sync.WaitGroup

	mu     sync.Mutex
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
	f := &Future{}
	f.mu.Lock() // held until the value is set
	p.tasks.Go(func() {
		p.slots <- struct{}{}
		defer func() { <-p.slots }()
		f.value = task()
		f.mu.Unlock()
	})
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

func (p *Pool) Join() { p.tasks.Wait() }

type Future struct {
	mu    sync.Mutex
	value int
}

func (f *Future) Wait() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.value
}
