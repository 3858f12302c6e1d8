// want: deadlock fail
// The worker's goroutine holds the mutex for as long as the task runs, "so
// that nothing changes under it", and Alive takes the same mutex: Alive
// waits until the task returns, however long that is, instead of answering.
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
	if w.terminated {
		cancel()
	}
	w.cancel = cancel
	go func() {
		w.mu.Lock()
		defer w.mu.Unlock()
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
	defer w.mu.Unlock()
	started := w.started
	select {
	case <-w.done:
		return false
	default:
		return started
	}
}
