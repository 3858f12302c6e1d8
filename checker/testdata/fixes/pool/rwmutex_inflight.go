// want: pass
// n workers read one unbuffered task channel. Submit holds the read lock
// only to check closed and join a WaitGroup of Submits still sending; the
// send itself holds no lock. Close takes the write lock to set closed, then
// starts a goroutine that closes the channel once every sending Submit has
// handed its task over, so Close itself returns at once.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	workers sync.WaitGroup
	sending sync.WaitGroup // Submits accepted but not yet handed over

	mu     sync.RWMutex
	closed bool
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func())}
	for range n {
		p.workers.Go(func() {
			for run := range p.tasks {
				run()
			}
		})
	}
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.RLock()
	if p.closed {
		p.mu.RUnlock()
		return nil, ErrClosed
	}
	p.sending.Add(1) // before Close can set closed: its Wait sees this Add
	p.mu.RUnlock()
	defer p.sending.Done()

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
	go func() {
		p.sending.Wait()
		close(p.tasks)
	}()
}

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	wg    sync.WaitGroup
	value int
}

func (f *Future) Wait() int {
	f.wg.Wait()
	return f.value
}
