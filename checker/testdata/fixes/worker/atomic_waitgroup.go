// want: fail
// An atomic.Bool for alive and a sync.WaitGroup for the goroutine; Join waits
// for the group in a helper goroutine so that it can give up at its timeout.
// Wrong twice over: a WaitGroup no one has added to is already done, so Join
// says true for a worker never started (its task has not returned, it has not
// run); and once the task has returned, Join(0) finds both the helper's
// channel and the expired timer ready, and select picks false half the time.
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
	name    string
	id      int64
	task    func(ctx context.Context)
	ctx     context.Context
	cancel  context.CancelFunc
	started atomic.Bool
	alive   atomic.Bool
	wg      sync.WaitGroup
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if !w.started.CompareAndSwap(false, true) {
		return ErrAlreadyStarted
	}
	w.alive.Store(true)
	w.wg.Go(func() {
		defer w.alive.Store(false)
		w.task(w.ctx)
	})
	return nil
}

func (w *Worker) Join(timeout time.Duration) bool {
	done := make(chan struct{})
	go func() {
		w.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool { return w.alive.Load() }
