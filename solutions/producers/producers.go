// Package producers is the reference solution. The values channel has one
// closer: a goroutine that waits for every producer to return (a
// sync.WaitGroup) and then closes it, so no send can come after the close.
// Stop closes a second channel, done, that means "the consumer wants no
// more"; it is closed exactly once (sync.Once), and only ever received
// from, so closing it can never meet a send. send waits on both.
package producers

import "sync"

// A Producer makes values and hands each one to send, in order. send waits
// until the consumer has received the value and returns true; once the
// consumer has called Stop it returns false instead, the value is not
// delivered, and the producer should return.
type Producer func(send func(v int) bool)

// Stream carries the values of several producers on one channel to one
// consumer. Its methods are safe to call from any goroutine.
type Stream struct {
	values   chan int
	done     chan struct{} // closed by the first Stop
	stopOnce sync.Once
}

// Merge starts each producer in a goroutine of its own and returns at once.
// Every value a send delivered comes out of Values exactly once, those of
// one producer in the order it sent them. Values is closed once every
// producer has returned, and not before; with no producers, at once.
func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int), done: make(chan struct{})}
	var wg sync.WaitGroup
	for _, p := range producers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p(s.send)
		}()
	}
	go func() {
		wg.Wait()       // every producer has returned: no send can follow
		close(s.values) // the one close, by the one closer
	}()
	return s
}

// send hands v to the consumer.
func (s *Stream) send(v int) bool {
	select {
	case <-s.done: // stopped already: with both cases ready, select would pick at random
		return false
	default:
	}
	select {
	case s.values <- v:
		return true
	case <-s.done:
		return false
	}
}

// Values returns the channel the values come out of. Receive from it until
// it is closed, with a for range loop, or call Stop.
func (s *Stream) Values() <-chan int {
	return s.values
}

// Stop tells the producers that the consumer wants no more values: a send
// that is waiting returns false at once, and so does every send that starts
// after Stop. Values is still closed once every producer has returned. Stop
// returns at once, without waiting for the producers, and may be called any
// number of times, from several goroutines at once.
func (s *Stream) Stop() {
	s.stopOnce.Do(func() { close(s.done) })
}
