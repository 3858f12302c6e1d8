// want: deadlock fail
// Everything else is right, but Join waits for the task and never looks at
// its timeout: Join(1ms) on a blocked task blocks forever.
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
	done    chan struct{}
	started atomic.Bool
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
	<-w.done
	return true
}

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool {
	select {
	case <-w.done:
		return false
	default:
		return w.started.Load()
	}
}
