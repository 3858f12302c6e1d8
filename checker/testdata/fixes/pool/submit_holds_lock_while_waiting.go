// want: fail
// n workers read one unbuffered task channel, and
// Submit holds the mutex from its check of closed through the send, so Close
// cannot close the channel under it. But the send waits for a free worker,
// and all that time Close, which promises not to wait, waits for the mutex,
// and so does every other Submit: a lock held while waiting.
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

// Pool runs submitted tasks on at most n goroutines at a time, like Python's
// multiprocessing.Pool(n). It is safe for concurrent use.
type Pool struct {
	tasks   chan job
	workers sync.WaitGroup

	// mu guards closed. Submit holds it while it hands a task over, so Close
	// cannot close the channel under a Submit that already checked closed:
	// a send on a closed channel panics.
	mu     sync.Mutex
	closed bool
}

type job struct {
	task func() int
	f    *Future
}

// New returns a pool that runs at most n tasks at a time; n must be at least 1.
func New(n int) *Pool {
	p := &Pool{tasks: make(chan job)}
	for range n {
		p.workers.Go(p.work)
	}
	return p
}

// work runs tasks until Close closes the channel and it is drained.
func (p *Pool) work() {
	for j := range p.tasks {
		j.f.value = j.task()
		close(j.f.done) // publishes value: Wait reads it only after this
	}
}

// Submit hands task to the pool and returns a Future for its result, like
// apply_async. Submit waits for a free worker. After Close it returns
// ErrClosed and the task never runs.
func (p *Pool) Submit(task func() int) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{done: make(chan struct{})}
	p.tasks <- job{task, f}
	return f, nil
}

// Close stops the pool from accepting tasks; the ones already submitted
// still run. Like Pool.close, it does not wait for them. Calling it again
// does nothing.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.tasks) // the workers finish what they hold, then exit
	}
}

// Join waits until every submitted task has finished and the pool's
// goroutines have exited. Call Close first, as with Pool.join.
func (p *Pool) Join() {
	p.workers.Wait()
}

// Future is the pending result of one task, like Python's AsyncResult.
type Future struct {
	done  chan struct{} // closed once value is set
	value int
}

// Wait waits until the task has run and returns its result, like
// AsyncResult.get. It may be called any number of times, from any goroutine.
func (f *Future) Wait() int {
	<-f.done
	return f.value
}
