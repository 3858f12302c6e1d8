// want: fail leak
// Only the alive flag is fixed (an atomic set in Start): Join still does not
// wait, and Terminate still cannot stop the task.
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
	started atomic.Bool
	alive   atomic.Bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	return &Worker{name: name, id: lastID.Add(1), task: task}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if !w.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	w.alive.Store(true)
	go func() {
		defer w.alive.Store(false)
		w.task(context.Background())
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool { return !w.alive.Load() }

func (w *Worker) Terminate() { w.alive.Store(false) }

func (w *Worker) Alive() bool { return w.alive.Load() }
