// want: fail
// n workers read a buffered task channel; Submits share an RWMutex read lock
// so Close (write lock) cannot close the channel mid-send. Futures use a
// WaitGroup. But a Submit keeps its read lock while it waits for room in the
// channel, so Close, which promises not to wait, waits behind it for a free
// worker: a lock held while waiting.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	workers sync.WaitGroup
	mu      sync.RWMutex
	closed  bool
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func(), n)}
	for range n {
		p.workers.Add(1)
		go func() {
			defer p.workers.Done()
			for run := range p.tasks {
				run()
			}
		}()
	}
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{}
	f.wg.Add(1)
	p.tasks <- func() {
		defer f.wg.Done()
		f.value = task()
	}
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	close(p.tasks)
}

func (p *Pool) Join() {
	p.workers.Wait()
}

type Future struct {
	wg    sync.WaitGroup
	value int
}

func (f *Future) Wait() int {
	f.wg.Wait()
	return f.value
}
