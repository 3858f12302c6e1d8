// Package worker is the seed's Process (section 1, 多进程: processes):
// Process(target=..., name=...) with start(), join(timeout), terminate(),
// is_alive() and a pid. Here a Worker runs its task in a goroutine, but it
// tracks "alive" in a plain bool, cannot stop its task, and Join never waits.
//
// Your task: make Start, Join, Terminate and Alive safe to call from any
// goroutine; make Join wait for the task (at most timeout) and Terminate stop
// it through its context. Then run `make check NAME=worker`.
package worker

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// ErrAlreadyStarted is returned by Start on a worker that was started before.
var ErrAlreadyStarted = errors.New("worker: already started")

// lastID is the last ID handed out by New.
var lastID atomic.Int64

// A Worker runs one task in its own goroutine, once. Its methods may be
// called from any goroutine, also at the same time.
type Worker struct {
	name    string
	id      int64
	task    func(ctx context.Context)
	started bool
	alive   bool
}

// New returns a worker called name that will run task when started. The
// task should return when ctx is cancelled.
func New(name string, task func(ctx context.Context)) *Worker {
	return &Worker{name: name, id: lastID.Add(1), task: task}
}

// Name returns the worker's name.
func (w *Worker) Name() string { return w.name }

// ID returns the worker's ID (the seed's pid): never 0, and different for
// every worker.
func (w *Worker) ID() int64 { return w.id }

// Start runs the task in a new goroutine and returns at once, without
// waiting for the task. A worker runs its task only once: every Start after
// the first returns ErrAlreadyStarted, also when several are called at once.
func (w *Worker) Start() error {
	if w.started {
		return ErrAlreadyStarted
	}
	w.started = true
	go func() {
		w.alive = true
		w.task(context.Background())
		w.alive = false
	}()
	return nil
}

// Join waits until the task has returned or timeout has passed, whichever
// comes first, and reports whether the task has returned. Once the task has
// returned, every Join reports true at once, Join(0) included. On a worker
// not started yet Join waits as well: for a Start (from another goroutine)
// and the task, or for its timeout.
func (w *Worker) Join(timeout time.Duration) bool {
	return !w.alive
}

// Terminate asks the task to stop by cancelling its context, and returns at
// once, even if the task ignores the request; Join waits for the task to
// return. A Terminate before Start is not lost: the task then starts with
// its context already cancelled. Terminate may be called any number of times.
func (w *Worker) Terminate() {
	w.alive = false
}

// Alive reports whether the worker has been started and its task has not
// returned yet. Terminate does not change it: the task is alive until it
// returns.
func (w *Worker) Alive() bool { return w.alive }
