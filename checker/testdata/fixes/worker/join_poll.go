// want: fail
// Join polls done every 10ms until its deadline, so it returns up
// to 10ms after the task has returned, and may overshoot its timeout.
// Breaks: "Join waits until the task has returned or timeout has passed,
// whichever comes first".
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
	go func() {
		defer close(w.done)
		w.task(w.ctx)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		select {
		case <-w.done:
			return true
		default:
		}
		if !time.Now().Before(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
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
