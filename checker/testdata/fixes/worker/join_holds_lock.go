// want: deadlock fail timeout
// One mutex guards everything and Join holds it while it waits, so a
// Start from another goroutine blocks until Join's timeout has passed (and
// Alive/Terminate block too). Breaks: "On a worker not started yet Join waits
// as well: for a Start (from another goroutine) and the task" and "Start ...
// returns at once".
package worker

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// ErrAlreadyStarted is returned by Start on a worker that was started before.
var ErrAlreadyStarted = errors.New("worker: already started")

// lastID is the last ID handed out by New.
var lastID atomic.Int64

type Worker struct {
	name string
	id   int64
	task func(ctx context.Context)
	done chan struct{}

	mu      sync.Mutex
	ctx     context.Context
	cancel  context.CancelFunc
	started bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel, done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.started {
		return ErrAlreadyStarted
	}
	w.started = true
	go func() {
		defer close(w.done)
		w.task(w.ctx)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case <-w.done:
		return true
	default:
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-w.done:
		return true
	case <-t.C:
		return false
	}
}

func (w *Worker) Terminate() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.cancel()
}

func (w *Worker) Alive() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.started {
		return false
	}
	select {
	case <-w.done:
		return false
	default:
		return true
	}
}
