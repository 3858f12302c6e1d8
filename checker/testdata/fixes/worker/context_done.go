// want: pass
// Contexts all the way: the task's context from New, a second context
// whose cancel marks "task returned", and Join waits with context.WithTimeout.
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
	name     string
	id       int64
	task     func(ctx context.Context)
	ctx      context.Context
	cancel   context.CancelFunc
	finished context.Context
	finish   context.CancelFunc
	started  atomic.Bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	fin, finish := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel, finished: fin, finish: finish}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if w.started.Swap(true) {
		return ErrAlreadyStarted
	}
	go func() {
		defer w.finish()
		w.task(w.ctx)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	if w.finished.Err() != nil {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	select {
	case <-w.finished.Done():
		return true
	case <-ctx.Done():
		return w.finished.Err() != nil
	}
}

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool {
	return w.started.Load() && w.finished.Err() == nil
}
