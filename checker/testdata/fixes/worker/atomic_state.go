// want: pass
// One atomic.Int32 state machine (0 new, 1 running, 2 finished) moved
// by CompareAndSwap; the goroutine stores "finished" before it closes done.
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

const (
	stateNew int32 = iota
	stateRunning
	stateFinished
)

type Worker struct {
	name   string
	id     int64
	task   func(ctx context.Context)
	ctx    context.Context
	cancel context.CancelFunc
	state  atomic.Int32
	done   chan struct{}
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel, done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	if !w.state.CompareAndSwap(stateNew, stateRunning) {
		return ErrAlreadyStarted
	}
	go func() {
		defer close(w.done)
		defer w.state.Store(stateFinished)
		w.task(w.ctx)
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

func (w *Worker) Alive() bool { return w.state.Load() == stateRunning }
