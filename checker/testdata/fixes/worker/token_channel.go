// want: pass
// Channels only: New puts one token in a buffered channel and Start runs
// the task only if it can take it (select with default), so exactly one
// Start wins. Terminate cancels a context made in New; a done channel,
// closed when the task returns, serves Join and Alive.
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
	token   chan struct{} // holds one token until the first Start takes it
	started chan struct{} // closed by the Start that took the token
	done    chan struct{} // closed when the task has returned
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	w := &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel,
		token: make(chan struct{}, 1), started: make(chan struct{}), done: make(chan struct{})}
	w.token <- struct{}{}
	return w
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	select {
	case <-w.token:
	default:
		return ErrAlreadyStarted
	}
	close(w.started)
	go func() {
		defer close(w.done)
		w.task(w.ctx)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	select {
	case <-w.done:
		return true
	default:
	}
	select {
	case <-w.done:
		return true
	case <-time.After(timeout):
		return false
	}
}

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool {
	select {
	case <-w.done:
		return false
	default:
	}
	select {
	case <-w.started:
		return true
	default:
		return false
	}
}
