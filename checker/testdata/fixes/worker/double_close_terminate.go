// want: panic
// Terminate closes a stop channel that the goroutine turns into a cancelled
// context: right once, but a second Terminate closes it again and panics.
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
	stop    chan struct{}
	done    chan struct{}
	started atomic.Bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	return &Worker{name: name, id: lastID.Add(1), task: task, stop: make(chan struct{}), done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if !w.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		select {
		case <-w.stop:
			cancel()
		case <-w.done:
		}
	}()
	go func() {
		defer close(w.done)
		defer cancel()
		w.task(ctx)
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

func (w *Worker) Terminate() { close(w.stop) }

func (w *Worker) Alive() bool {
	select {
	case <-w.done:
		return false
	default:
		return w.started.Load()
	}
}
