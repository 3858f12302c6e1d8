// want: pass
// No shared memory at all: one goroutine owns the items and answers
// requests sent on a channel. A Get that finds the queue empty is parked in
// the owner's list of waiters and answered by the next Put or by Close. The
// owner exits once the queue is closed and empty; every call after that
// returns ErrClosed, which is what the owner would have answered.
package queue

import "errors"

var (
	ErrEmpty  = errors.New("queue: empty")
	ErrClosed = errors.New("queue: closed")
)

type op int

const (
	opPut op = iota
	opGet
	opGetNowait
	opClose
)

type reply struct {
	item int
	err  error
}

type request struct {
	op    op
	item  int
	reply chan reply // buffered, so the owner never waits for the caller
}

type Queue struct {
	requests chan request
	done     chan struct{} // closed when the owner has exited
}

func New() *Queue {
	q := &Queue{requests: make(chan request), done: make(chan struct{})}
	go q.own()
	return q
}

func (q *Queue) own() {
	defer close(q.done)
	var items []int
	var waiting []chan reply // Gets waiting for an item, oldest first
	closed := false
	for !closed || len(items) > 0 {
		r := <-q.requests
		switch r.op {
		case opPut:
			switch {
			case closed:
				r.reply <- reply{err: ErrClosed}
			case len(waiting) > 0:
				waiting[0] <- reply{item: r.item}
				waiting = waiting[1:]
				r.reply <- reply{}
			default:
				items = append(items, r.item)
				r.reply <- reply{}
			}
		case opGet, opGetNowait:
			switch {
			case len(items) > 0:
				r.reply <- reply{item: items[0]}
				items = items[1:]
			case closed:
				r.reply <- reply{err: ErrClosed}
			case r.op == opGet:
				waiting = append(waiting, r.reply)
			default:
				r.reply <- reply{err: ErrEmpty}
			}
		case opClose:
			closed = true
			for _, w := range waiting { // they wait only while items is empty
				w <- reply{err: ErrClosed}
			}
			waiting = nil
			r.reply <- reply{}
		}
	}
}

// call sends a request to the owner and waits for its reply; once the owner
// has exited the queue is closed and empty, and the answer is ErrClosed.
func (q *Queue) call(o op, item int) (int, error) {
	r := request{op: o, item: item, reply: make(chan reply, 1)}
	select {
	case q.requests <- r:
	case <-q.done:
		return 0, ErrClosed
	}
	rep := <-r.reply
	return rep.item, rep.err
}

func (q *Queue) Put(item int) error {
	_, err := q.call(opPut, item)
	return err
}

func (q *Queue) Get() (int, error)       { return q.call(opGet, 0) }
func (q *Queue) GetNowait() (int, error) { return q.call(opGetNowait, 0) }

func (q *Queue) Close() {
	q.call(opClose, 0)
}
