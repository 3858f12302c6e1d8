// Package pool is the seed's process pool (section 1c, 进程池 Pool): Pool(5)
// runs ten apply_async calls on at most five workers, close() stops new work
// and join() waits for the rest. This Pool runs every task at once and hands
// results over through plain fields, so it is neither bounded nor safe.
//
// Your task: run at most n tasks at a time, make Wait safe, make Submit after
// Close return ErrClosed, and make Join wait for every task and leave no
// goroutine behind. Keep the API. Then run `make check NAME=pool`.
package pool

import (
	"errors"
	"sync"
	"time"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

// Pool runs submitted tasks on at most n goroutines at a time, like Python's
// multiprocessing.Pool(n). Its methods, and a Future's, may be called from
// any goroutine, also at the same time.
type Pool struct {
	n      int // the most tasks that may run at once
	closed bool
	wg     sync.WaitGroup // counts the tasks not yet finished
}

// New returns a pool that runs up to n tasks at a time: never more, and n
// whenever n or more tasks are waiting. n must be at least 1.
func New(n int) *Pool {
	return &Pool{n: n}
}

// Submit hands task to the pool and returns a Future for its result, like
// apply_async. Submit may wait for a free worker; a Submit still waiting
// when Close is called is not refused: its task runs, and Submit returns its
// Future. Submit called after Close returns ErrClosed, and the task never
// runs.
func (p *Pool) Submit(task func() int) (*Future, error) {
	if p.closed {
		return nil, ErrClosed
	}
	f := &Future{}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		f.value = task()
		f.done = true
	}()
	return f, nil
}

// Close stops the pool from accepting tasks; the ones already submitted,
// those of Submits still waiting included, still run. Like Pool.close, it
// does not wait for them. Calling it again does nothing.
func (p *Pool) Close() {
	p.closed = true
}

// Join waits until every submitted task has finished and the pool's
// goroutines have exited. Call Close first, as with Pool.join.
func (p *Pool) Join() {
	p.wg.Wait()
}

// Future is the pending result of one task, like Python's AsyncResult.
type Future struct {
	value int
	done  bool
}

// Wait waits until the task has run and returns its result, like
// AsyncResult.get. It may be called any number of times, from any goroutine.
func (f *Future) Wait() int {
	for !f.done {
		time.Sleep(time.Millisecond) // check again in a moment
	}
	return f.value
}
