// want: fail
// Start looks at the flag, then runs sync.Once; two Starts at once
// both pass the look, only one runs the task, both return nil. Breaks:
// "every Start after the first returns ErrAlreadyStarted, also when several
// are called at once."
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
	name    string
	id      int64
	task    func(ctx context.Context)
	ctx     context.Context
	cancel  context.CancelFunc
	started atomic.Bool
	once    sync.Once
	done    chan struct{}
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel, done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if w.started.Load() {
		return ErrAlreadyStarted
	}
	w.once.Do(func() {
		w.started.Store(true)
		go func() {
			defer close(w.done)
			w.task(w.ctx)
		}()
	})
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	select {
	case <-w.done:
		return true
	default:
	}
	if timeout <= 0 {
		return false
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
