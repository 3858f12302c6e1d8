// Package pool is the reference solution: one goroutine per task, each of
// which first takes one of n slots in a buffered channel (a semaphore), so
// at most n tasks run at a time and Submit never waits. A WaitGroup counts
// the tasks for Join; a mutex makes "not closed yet" and "counted" one step,
// so no task slips past Close and Join. Each Future is completed by closing
// its channel.
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

// Pool runs submitted tasks on at most n goroutines at a time, like Python's
// multiprocessing.Pool(n). Its methods, and a Future's, may be called from
// any goroutine, also at the same time.
type Pool struct {
	slots chan struct{}  // a running task holds one of its n places
	tasks sync.WaitGroup // counts the tasks not yet finished

	// mu guards closed. Submit holds it from its check of closed until the
	// task is counted in tasks, so that a Join after Close waits for every
	// task Submit accepted. Nothing waits while holding it.
	mu     sync.Mutex
	closed bool
}

// New returns a pool that runs up to n tasks at a time: never more, and n
// whenever n or more tasks are waiting. n must be at least 1.
func New(n int) *Pool {
	return &Pool{slots: make(chan struct{}, n)}
}

// Submit hands task to the pool and returns a Future for its result, like
// apply_async. Submit may wait for a free worker; a Submit still waiting
// when Close is called is not refused: its task runs, and Submit returns its
// Future. Submit called after Close returns ErrClosed, and the task never
// runs.
func (p *Pool) Submit(task func() int) (*Future, error) {
	f := &Future{done: make(chan struct{})}
	p.mu.Lock()
	defer p.mu.Unlock()
	// Refuse, or count and start the task: one decision under the lock. If
	// the lock were let go between the check and the count, a Close and a
	// Join could both run in between, and Join return before the task ran.
	if p.closed {
		return nil, ErrClosed
	} else {
		p.tasks.Go(func() {
			p.slots <- struct{}{} // wait for a free place
			defer func() { <-p.slots }()
			f.value = task()
			close(f.done) // publishes value: Wait reads it only after this
		})
	}
	return f, nil
}

// Close stops the pool from accepting tasks; the ones already submitted,
// those of Submits still waiting included, still run. Like Pool.close, it
// does not wait for them. Calling it again does nothing.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
}

// Join waits until every submitted task has finished and the pool's
// goroutines have exited. Call Close first, as with Pool.join.
func (p *Pool) Join() {
	p.tasks.Wait()
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
