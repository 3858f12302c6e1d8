// want: pass
// A golang.org/x/sync/semaphore.Weighted(n), acquired by each task's
// goroutine; closed checked and task counted under one mutex.
package pool

import (
	"context"
	"errors"
	"sync"

	"golang.org/x/sync/semaphore"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	sem    *semaphore.Weighted
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func New(n int) *Pool {
	return &Pool{sem: semaphore.NewWeighted(int64(n))}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	p.wg.Add(1)
	f := &Future{done: make(chan struct{})}
	go func() {
		defer p.wg.Done()
		_ = p.sem.Acquire(context.Background(), 1) // never fails: Background is never cancelled
		defer p.sem.Release(1)
		f.value = task()
		close(f.done)
	}()
	return f, nil
}

func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

func (p *Pool) Join() { p.wg.Wait() }

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
