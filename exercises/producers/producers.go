// Package producers merges the values of several producers into one
// channel, the way a crawler's fetchers or a server's stream writers share
// the channel a single consumer reads. Each producer's goroutine closes the
// channel when it is done, and Stop closes it too: so the first producer to
// finish cuts the others off, and a send after a close panics.
//
// Your task: close the channel exactly once, after the last producer has
// returned, and make Stop tell the producers to stop without closing it.
// Keep the API. Then run `make check NAME=producers`.
package producers

// A Producer makes values and hands each one to send, in order. send waits
// until the consumer has received the value and returns true; once the
// consumer has called Stop it returns false instead, the value is not
// delivered, and the producer should return.
type Producer func(send func(v int) bool)

// Stream carries the values of several producers on one channel to one
// consumer. Its methods are safe to call from any goroutine.
type Stream struct {
	values chan int
}

// Merge starts each producer in a goroutine of its own and returns at once.
// Every value a send delivered comes out of Values exactly once, those of
// one producer in the order it sent them. Values is closed once every
// producer has returned, and not before; with no producers, at once.
func Merge(producers ...Producer) *Stream {
	s := &Stream{values: make(chan int)}
	for _, p := range producers {
		go func() {
			p(s.send)
			close(s.values) // this producer is done
		}()
	}
	return s
}

// send hands v to the consumer.
func (s *Stream) send(v int) bool {
	s.values <- v
	return true
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
	close(s.values) // the consumer is done: no more values
}
