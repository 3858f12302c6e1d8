// want: pass
// The context is made in Start, under one mutex with a "terminated"
// flag, so a Terminate before Start is remembered and the task starts with
// its context already cancelled. done channel from New; Join as usual.
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
	name string
	id   int64
	task func(ctx context.Context)
	done chan struct{}

	mu         sync.Mutex
	started    bool
	terminated bool
	cancel     context.CancelFunc
}

func New(name string, task func(ctx context.Context)) *Worker {
	return &Worker{name: name, id: lastID.Add(1), task: task, done: make(chan struct{})}
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
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	if w.terminated {
		cancel()
	}
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
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-w.done:
		return true
	case <-t.C:
		return false
	}
}

func (w *Worker) Terminate() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.terminated = true
	if w.cancel != nil {
		w.cancel()
	}
}

func (w *Worker) Alive() bool {
	w.mu.Lock()
	started := w.started
	w.mu.Unlock()
	if !started {
		return false
	}
	select {
	case <-w.done:
		return false
	default:
		return true
	}
}
