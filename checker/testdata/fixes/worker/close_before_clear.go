// want: fail
// The goroutine closes done first and clears "running"
// after, so right after Join reports true, Alive can still say true.
// Breaks: "Alive reports whether the worker has been started and its task
// has not returned yet."
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

type Worker struct {
	name    string
	id      int64
	task    func(ctx context.Context)
	ctx     context.Context
	cancel  context.CancelFunc
	running atomic.Bool
	started atomic.Bool
	done    chan struct{}
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel, done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if !w.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	w.running.Store(true)
	go func() {
		w.task(w.ctx)
		close(w.done)
		w.running.Store(false)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
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

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool { return w.running.Load() }
