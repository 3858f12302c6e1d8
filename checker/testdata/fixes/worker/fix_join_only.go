// want: race fail leak
// Only Join is fixed (it waits on a done channel with a timer): alive is
// still a plain bool written by the goroutine, and Terminate cannot stop the task.
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
	done    chan struct{}
	started bool
	alive   bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	return &Worker{name: name, id: lastID.Add(1), task: task, done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if w.started {
		return ErrAlreadyStarted
	}
	w.started = true
	go func() {
		defer close(w.done)
		w.alive = true
		w.task(context.Background())
		w.alive = false
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	select {
	case <-w.done:
		return true
	case <-time.After(timeout):
		return false
	}
}

func (w *Worker) Terminate() { w.alive = false }

func (w *Worker) Alive() bool { return w.alive }
