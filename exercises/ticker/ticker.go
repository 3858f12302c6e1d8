// Package ticker is a heartbeat: a goroutine that calls a function every
// period, the way a service tells its registry it is alive or renews a
// lease. This one waits for its ticks by checking the ticker's channel over
// and over, and its Stop stops the ticker but not the goroutine.
//
// Your task: make the heartbeat's goroutine block while it waits, and make
// Stop end it. Then run `make check NAME=ticker`.
package ticker

import "time"

// Heartbeat calls a function every period, from a goroutine of its own.
type Heartbeat struct {
	ticker *time.Ticker
}

// Start calls beat every period until Stop: the first call comes one period
// after Start, the next one period later, and so on. The calls come from one
// goroutine, so they never overlap. Between calls the heartbeat waits
// without using the CPU. period must be greater than zero.
func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{ticker: time.NewTicker(period)}
	go func() {
		for {
			select {
			case <-h.ticker.C:
				beat()
			default: // no tick yet: look again
			}
		}
	}()
	return h
}

// Stop stops the heartbeat. When Stop returns, beat is not running and will
// never be called again, and the heartbeat's goroutine has ended or is about
// to. Stop waits for a beat that is running, and for nothing else: not for
// the next tick, nor for any time to pass (it does not poll with a sleep). It
// may be called more than once, from any goroutine, but not from beat.
func (h *Heartbeat) Stop() {
	h.ticker.Stop()
}
