// want: fail leak
// The worker sends the result on the Future's buffered channel and Wait
// receives it: the first Wait gets it, and every later Wait, in any
// goroutine, waits forever for a value that was already taken.
package pool

import (
	"errors"
	"sync"
)

var ErrClosed = errors.New("pool: Submit after Close")

type Pool struct {
	tasks   chan func()
	workers sync.WaitGroup

	mu      sync.Mutex
	closed  bool
	sending int // Submits accepted but not yet handed over
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
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.sending++
	p.mu.Unlock()

	f := &Future{result: make(chan int, 1)}
	p.tasks <- func() { // waits for a free worker, holding no lock
		f.result <- task()
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	p.sending--
	if p.closed && p.sending == 0 {
		close(p.tasks)
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
	if p.sending == 0 {
		close(p.tasks)
	}
}

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	result chan int
}

func (f *Future) Wait() int {
	return <-f.result
}
