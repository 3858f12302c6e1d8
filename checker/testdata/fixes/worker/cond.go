// want: pass
// A sync.Cond. State under a mutex; the goroutine Broadcasts when the
// task returns; Join waits in a for loop on the Cond and a time.AfterFunc
// wakes it (Broadcast) when its own timeout has passed.
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

	mu       sync.Mutex
	cond     *sync.Cond
	started  bool
	finished bool
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	w := &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel}
	w.cond = sync.NewCond(&w.mu)
	return w
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
		defer func() {
			w.mu.Lock()
			w.finished = true
			w.cond.Broadcast()
			w.mu.Unlock()
		}()
		w.task(w.ctx)
	}()
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.finished || timeout <= 0 {
		return w.finished
	}
	expired := false
	t := time.AfterFunc(timeout, func() {
		w.mu.Lock()
		expired = true
		w.cond.Broadcast()
		w.mu.Unlock()
	})
	defer t.Stop()
	for !w.finished && !expired {
		w.cond.Wait()
	}
	return w.finished
}

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.started && !w.finished
}
