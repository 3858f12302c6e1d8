// Package pipe is the reference solution: each end has a done channel that
// its Close closes exactly once (sync.Once), and every Send and Recv waits in
// a select on the data channel and on both ends' done channels, so closing
// either end releases every call that waits on the pipe.
package pipe

import (
	"io"
	"sync"
)

// End is one end of a pipe. It is safe for concurrent use: any number of
// goroutines may Send, Recv and Close on either end at once.
type End struct {
	in  <-chan any // what the peer sends
	out chan<- any // what this end sends

	once     sync.Once
	done     chan struct{} // closed by this end's Close
	peerDone chan struct{} // closed by the peer's Close
}

// Pipe returns the two connected ends of a new pipe. A pipe stores nothing:
// like an unbuffered channel, it hands each value straight from a Send to the
// peer's Recv.
func Pipe() (a, b *End) {
	ab, ba := make(chan any), make(chan any)
	aDone, bDone := make(chan struct{}), make(chan struct{})
	a = &End{in: ba, out: ab, done: aDone, peerDone: bDone}
	b = &End{in: ab, out: ba, done: bDone, peerDone: aDone}
	return a, b
}

// Send waits until the peer's Recv takes v, then returns nil. If either end
// is closed, before or while Send waits, it returns io.ErrClosedPipe at once
// and the peer never gets v.
func (e *End) Send(v any) error {
	// No need to look for a Close first: every Recv waits on both done
	// channels too, so once either end is closed no Recv is left waiting
	// for v, and the only ready case is a closed one.
	select {
	case e.out <- v:
		return nil
	case <-e.done:
		return io.ErrClosedPipe
	case <-e.peerDone:
		return io.ErrClosedPipe
	}
}

// Recv waits for the value of the peer's next Send and returns it. Once
// this end is closed it returns io.ErrClosedPipe, whether or not the peer's
// is; once only the peer's end is closed it returns io.EOF. Both come at
// once, also when the Close happens while Recv waits.
func (e *End) Recv() (any, error) {
	// Look at this end first: with both ends closed, both done cases below
	// are ready, and a select picks one of them at random.
	select {
	case <-e.done:
		return nil, io.ErrClosedPipe
	default:
	}
	select {
	case v := <-e.in:
		return v, nil
	case <-e.done:
		return nil, io.ErrClosedPipe
	case <-e.peerDone:
		return nil, io.EOF
	}
}

// Close closes this end and returns nil. It may be called more than once and
// from any goroutine, also while a Send or Recv waits on either end; the
// calls after the first do nothing.
func (e *End) Close() error {
	// The data channels are never closed: a Send still running in another
	// goroutine would panic on a closed channel. Closing done says it instead.
	e.once.Do(func() { close(e.done) })
	return nil
}
