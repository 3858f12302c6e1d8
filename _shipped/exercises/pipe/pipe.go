// Package pipe is the seed's Pipe (section 3b): Pipe() returns two connected
// ends, and each end can Send to and Recv from the other, like the parent and
// child ends of multiprocessing.Pipe().
//
// Your task: closing is broken. Make Close safe to call twice and from any
// goroutine, and make every Send and Recv return an error instead of
// panicking or waiting forever once either end is closed. Keep the API.
package pipe

import "io"

// End is one end of a pipe. It is safe for concurrent use: any number of
// goroutines may Send, Recv and Close on either end at once.
type End struct {
	in  <-chan any // what the peer sends
	out chan<- any // what this end sends
}

// Pipe returns the two connected ends of a new pipe. A pipe stores nothing:
// like an unbuffered channel, it hands each value straight from a Send to the
// peer's Recv.
func Pipe() (a, b *End) {
	ab := make(chan any)
	ba := make(chan any)
	return &End{in: ba, out: ab}, &End{in: ab, out: ba}
}

// Send waits until the peer's Recv takes v, then returns nil. If either end
// is closed, before or while Send waits, it returns io.ErrClosedPipe at once
// and the peer never gets v.
func (e *End) Send(v any) error {
	e.out <- v
	return nil
}

// Recv waits for the value of the peer's next Send and returns it. Once
// this end is closed it returns io.ErrClosedPipe, whether or not the peer's
// is; once only the peer's end is closed it returns io.EOF. Both come at
// once, also when the Close happens while Recv waits.
func (e *End) Recv() (any, error) {
	v, ok := <-e.in
	if !ok {
		return nil, io.EOF
	}
	return v, nil
}

// Close closes this end and returns nil. It may be called more than once and
// from any goroutine, also while a Send or Recv waits on either end; the
// calls after the first do nothing.
func (e *End) Close() error {
	close(e.out)
	return nil
}
