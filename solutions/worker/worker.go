// Package worker is the reference solution: a context carries Terminate's
// request to the task, and a done channel, closed when the task returns,
// answers Alive and lets Join wait in a select with a timer. An atomic.Bool
// makes Start happen once.
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

// A Worker runs one task in its own goroutine, once. It is safe for
// concurrent use.
type Worker struct {
	name string
	id   int64
	task func(ctx context.Context)

	ctx    context.Context // the task's context; made by New, so Terminate works at any time
	cancel context.CancelFunc

	started atomic.Bool   // set by the first Start
	done    chan struct{} // closed when the task has returned
}

// New returns a worker called name that will run task when started. The
// task should return when ctx is cancelled.
func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{
		name:   name,
		id:     lastID.Add(1),
		task:   task,
		ctx:    ctx,
		cancel: cancel,
		done:   make(chan struct{}),
	}
}

// Name returns the worker's name.
func (w *Worker) Name() string { return w.name }

// ID returns the worker's ID (the seed's pid): never 0, and different for
// every worker.
func (w *Worker) ID() int64 { return w.id }

// Start runs the task in a new goroutine and returns at once. A worker runs
// its task only once: a second Start returns ErrAlreadyStarted.
func (w *Worker) Start() error {
	// Checking and setting in one step: two Starts cannot both see false.
	if !w.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	go func() {
		defer close(w.done)
		defer w.cancel() // release the context's resources once the task is over
		w.task(w.ctx)
	}()
	return nil
}

// Join waits until the task has returned or timeout has passed, whichever
// comes first, and reports whether the task has returned.
func (w *Worker) Join(timeout time.Duration) bool {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-w.done:
		return true
	case <-timer.C:
		return false
	}
}

// Terminate asks the task to stop by cancelling its context, and returns at
// once; Join waits for the task to return. Terminate may be called any
// number of times: cancelling a context twice does nothing the second time.
func (w *Worker) Terminate() {
	w.cancel()
}

// Alive reports whether the worker has been started and its task has not
// returned yet.
func (w *Worker) Alive() bool {
	if !w.started.Load() {
		return false
	}
	select {
	case <-w.done:
		return false
	default:
		return true
	}
}
