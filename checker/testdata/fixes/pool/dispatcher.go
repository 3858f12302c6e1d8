// want: pass
// An owner goroutine. New starts a dispatcher that owns the queue and
// the running count: Submit and Close talk to it over channels, it starts a
// goroutine per task while fewer than n run, and exits after Close once the
// queue is empty and nothing runs. Join waits for it. Future via done chan.
package pool

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Submit once Close has been called.
var ErrClosed = errors.New("pool: Submit after Close")

type job struct {
	task func() int
	f    *Future
}

type submitReq struct {
	j     job
	reply chan error
}

type Pool struct {
	n        int
	submit   chan submitReq
	close    chan struct{}
	finished chan struct{}
	exited   chan struct{}
	tasks    sync.WaitGroup
}

func New(n int) *Pool {
	p := &Pool{
		n:        n,
		submit:   make(chan submitReq),
		close:    make(chan struct{}),
		finished: make(chan struct{}),
		exited:   make(chan struct{}),
	}
	go p.dispatch()
	return p
}

// dispatch owns the queue, the running count and closed: Submits and Closes
// are served one at a time, in the order they reach it.
func (p *Pool) dispatch() {
	defer close(p.exited)
	var queue []job
	running := 0
	closed := false
	for !closed || len(queue) > 0 || running > 0 {
		for running < p.n && len(queue) > 0 {
			j := queue[0]
			queue = queue[1:]
			running++
			p.tasks.Add(1)
			go func() {
				defer p.tasks.Done()
				j.f.value = j.task()
				close(j.f.done)
				p.finished <- struct{}{}
			}()
		}
		select {
		case r := <-p.submit:
			if closed {
				r.reply <- ErrClosed
				continue
			}
			queue = append(queue, r.j)
			r.reply <- nil
		case <-p.close:
			closed = true
		case <-p.finished:
			running--
		}
	}
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	f := &Future{done: make(chan struct{})}
	r := submitReq{j: job{task, f}, reply: make(chan error, 1)}
	select {
	case p.submit <- r:
		if err := <-r.reply; err != nil {
			return nil, err
		}
		return f, nil
	case <-p.exited: // only after Close
		return nil, ErrClosed
	}
}

func (p *Pool) Close() {
	select {
	case p.close <- struct{}{}:
	case <-p.exited:
	}
}

func (p *Pool) Join() {
	<-p.exited
	p.tasks.Wait()
}

type Future struct {
	value int
	done  chan struct{}
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
