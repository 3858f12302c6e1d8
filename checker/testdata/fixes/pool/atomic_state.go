// want: pass
// n workers read one unbuffered task channel. One atomic int64 holds a
// closed bit and the number of Submits still sending: Submit joins with a
// CompareAndSwap loop that fails once the bit is set, so "not closed" and
// "counted" are one step. Whoever leaves the state at "closed, nobody
// sending" (Close, or the last Submit) closes the channel, exactly once.
package pool

import (
	"errors"
	"sync"
	"sync/atomic"
)

var ErrClosed = errors.New("pool: Submit after Close")

const closedBit = 1 << 62

type Pool struct {
	tasks   chan func()
	workers sync.WaitGroup
	state   atomic.Int64 // closedBit | number of Submits sending
}

func New(n int) *Pool {
	p := &Pool{tasks: make(chan func())}
	for range n {
		p.workers.Go(func() {
			for run := range p.tasks {
				run()
			}
		})
	}
	return p
}

func (p *Pool) Submit(task func() int) (*Future, error) {
	for {
		s := p.state.Load()
		if s&closedBit != 0 {
			return nil, ErrClosed
		}
		if p.state.CompareAndSwap(s, s+1) {
			break
		}
	}
	f := &Future{done: make(chan struct{})}
	p.tasks <- func() {
		f.value = task()
		close(f.done)
	}
	if p.state.Add(-1) == closedBit {
		close(p.tasks) // closed while this Submit was the last one sending
	}
	return f, nil
}

func (p *Pool) Close() {
	if old := p.state.Or(closedBit); old == 0 {
		close(p.tasks) // first Close, and nobody sending
	}
}

func (p *Pool) Join() { p.workers.Wait() }

type Future struct {
	done  chan struct{}
	value int
}

func (f *Future) Wait() int {
	<-f.done
	return f.value
}
