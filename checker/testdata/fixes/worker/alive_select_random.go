// want: fail
// Right but for Alive: sync.Once makes Start happen once and closes a started
// channel; a done channel is closed when the task returns. Alive asks both in
// one select, but once the task has returned both are ready and select picks
// one at random: Alive says true for a finished task about half the time.
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
	once    sync.Once
	started chan struct{} // closed by the first Start
	done    chan struct{} // closed when the task has returned
}

func New(name string, task func(ctx context.Context)) *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{name: name, id: lastID.Add(1), task: task, ctx: ctx, cancel: cancel,
		started: make(chan struct{}), done: make(chan struct{})}
}

func (w *Worker) Name() string { return w.name }

func (w *Worker) ID() int64 { return w.id }

func (w *Worker) Start() error {
	err := ErrAlreadyStarted
	w.once.Do(func() {
		err = nil
		close(w.started)
		go func() {
			defer close(w.done)
			w.task(w.ctx)
		}()
	})
	return err
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
	select {
	case <-w.done:
		return false
	case <-w.started:
		return true
	default:
		return false
	}
}
