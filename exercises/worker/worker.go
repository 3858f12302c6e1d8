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

// A Worker runs one task in its own goroutine, once.
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

// Start runs the task in a new goroutine and returns at once. A worker runs
// its task only once: a second Start returns ErrAlreadyStarted.
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
// comes first, and reports whether the task has returned.
func (w *Worker) Join(timeout time.Duration) bool {
	return !w.alive
}

// Terminate asks the task to stop by cancelling its context, and returns at
// once; Join waits for the task to return. Terminate may be called any
// number of times.
func (w *Worker) Terminate() {
	w.alive = false
}

// Alive reports whether the worker has been started and its task has not
// returned yet.
func (w *Worker) Alive() bool { return w.alive }
