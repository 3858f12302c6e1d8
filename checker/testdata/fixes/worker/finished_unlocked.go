// want: race
// Alive and Start lock the mutex, but the goroutine sets finished
// without it ("only one goroutine writes it"). Breaks: "Its methods may be
// called from any goroutine, also at the same time." (Alive races with the
// task's end.)
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
	name   string
	id     int64
	task   func(ctx context.Context)
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}

	mu       sync.Mutex
	started  bool
	finished bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel, done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.started {
		return ErrAlreadyStarted
	}
	w.started = true
	go func() {
		w.task(w.ctx)
		w.finished = true
		close(w.done)
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

func (w *Worker) Alive() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.started && !w.finished
}
