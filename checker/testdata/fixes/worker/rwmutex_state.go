// want: pass
// A state enum (created/running/finished) under a sync.RWMutex: Alive
// takes RLock, Start and the goroutine's end take Lock. Join waits on done.
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

type state int

const (
	created state = iota
	running
	finished
)

type Worker struct {
	name   string
	id     int64
	task   func(ctx context.Context)
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}

	mu    sync.RWMutex
	state state
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
	if w.state != created {
		return ErrAlreadyStarted
	}
	w.state = running
	go func() {
		defer close(w.done)
		defer w.setState(finished)
		w.task(w.ctx)
	}()
	return nil
}

func (w *Worker) setState(s state) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.state = s
}

func (w *Worker) Join(timeout time.Duration) bool {
	select {
	case <-w.done:
		return true
	default:
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-w.done:
		return true
	case <-timer.C:
		return false
	}
}

func (w *Worker) Terminate() { w.cancel() }

func (w *Worker) Alive() bool {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.state == running
}
