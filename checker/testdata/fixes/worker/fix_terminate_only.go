// want: race fail
// Only Terminate is fixed (it cancels the task's context): alive is still a
// plain bool written by the goroutine, and Join still does not wait.
package worker

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

var ErrAlreadyStarted = errors.New("worker: already started")

var lastID atomic.Int64

type Worker struct {
	name    string
	id      int64
	task    func(ctx context.Context)
	ctx     context.Context
	cancel  context.CancelFunc
	started bool
	alive   bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if w.started {
		return ErrAlreadyStarted
	}
	w.started = true
	go func() {
		w.alive = true
		w.task(w.ctx)
		w.alive = false
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool { return !w.alive }

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool { return w.alive }
