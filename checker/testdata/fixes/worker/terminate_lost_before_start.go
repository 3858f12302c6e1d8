// want: fail
// A mutex guards started and the context, which Start makes; Terminate
// cancels it if there is one. A Terminate before Start finds none and does
// nothing, so the task starts with a live context, though the doc says a
// Terminate before Start is not lost.
package worker

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

var ErrAlreadyStarted = errors.New("worker: already started")

var lastID atomic.Int64

type Worker struct {
	name string
	id   int64
	task func(ctx context.Context)
	done chan struct{}

	mu      sync.Mutex
	started bool
	cancel  context.CancelFunc
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
	if w.cancel != nil {
		w.cancel()
	}
}

func (w *Worker) Alive() bool {
	w.mu.Lock()
	started := w.started
	w.mu.Unlock()
	select {
	case <-w.done:
		return false
	default:
		return started
	}
}
