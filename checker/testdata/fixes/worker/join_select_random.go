// want: fail
// Join waits in one select on done and a timer. Once the task has returned,
// Join(0) finds both ready (a zero timer fires at once) and select picks one
// at random: it says false about half the time for a finished task.
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
	name string
	id   int64
	task func(ctx context.Context)

	// The task's context is made by New, so that a Terminate before Start
	// is not lost. Only Terminate cancels it: a context made from
	// Background holds nothing that must be released.
	ctx    context.Context
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

// Start runs the task in a new goroutine and returns at once, without
// waiting for the task. A worker runs its task only once: every Start after
// the first returns ErrAlreadyStarted, also when several are called at once.
func (w *Worker) Start() error {
	// Checking and setting in one step: two Starts cannot both see false.
	if !w.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	go func() {
		defer close(w.done)
		w.task(w.ctx)
	}()
	return nil
}

// Join waits until the task has returned or timeout has passed, whichever
// comes first, and reports whether the task has returned. Once the task has
// returned, every Join reports true at once, Join(0) included. On a worker
// not started yet Join waits as well: for a Start (from another goroutine)
// and the task, or for its timeout.
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
// once, even if the task ignores the request; Join waits for the task to
// return. A Terminate before Start is not lost: the task then starts with
// its context already cancelled. Terminate may be called any number of times.
func (w *Worker) Terminate() {
	w.cancel() // cancelling a context twice does nothing the second time
}

// Alive reports whether the worker has been started and its task has not
// returned yet. Terminate does not change it: the task is alive until it
// returns.
func (w *Worker) Alive() bool {
	select {
	case <-w.done:
		return false
	default:
		return w.started.Load()
	}
}
