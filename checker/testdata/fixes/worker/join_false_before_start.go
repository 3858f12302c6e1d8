// want: fail
// A mutex guards everything, and Start makes the done channel; Join on a
// worker not started finds none and returns false at once. The doc says Join
// waits there too: a Start from another goroutine may come while it waits.
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

	mu         sync.Mutex
	started    bool
	terminated bool
	cancel     context.CancelFunc
}

func New(name string, task func(ctx context.Context)) *Worker {
	return &Worker{name: name, id: lastID.Add(1), task: task}
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
	if w.terminated {
		cancel()
	}
	w.cancel = cancel
	w.done = make(chan struct{})
	done := w.done
	go func() {
		defer close(done)
		defer cancel()
		w.task(ctx)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	w.mu.Lock()
	done := w.done
	w.mu.Unlock()
	if done == nil {
		return false // not started: nothing to wait for
	}
	select {
	case <-done:
		return true
	default:
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-done:
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
	started, done := w.started, w.done
	w.mu.Unlock()
	if !started {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return started
	}
}
