// Package ticker is the reference solution: the heartbeat's goroutine
// blocks in a select on the ticker's channel and on a context's Done, so it
// uses no CPU while it waits and ends as soon as Stop cancels the context.
// Stop then waits on a WaitGroup for the goroutine to return, which is also
// what makes it wait for a beat that is running. Cancelling a context is
// safe to repeat, so Stop may be called any number of times.
package ticker

import (
	"context"
	"sync"
	"time"
)

// Heartbeat calls a function every period, from a goroutine of its own.
type Heartbeat struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup // counts the heartbeat's goroutine
}

// Start calls beat every period until Stop: the first call comes one period
// after Start, the next one period later, and so on. The calls come from one
// goroutine, so they never overlap. Between calls the heartbeat waits
// without using the CPU. period must be greater than zero.
func Start(period time.Duration, beat func()) *Heartbeat {
	ctx, cancel := context.WithCancel(context.Background())
	h := &Heartbeat{cancel: cancel}
	ticker := time.NewTicker(period)
	h.wg.Go(func() {
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
				beat()
			}
		}
	})
	return h
}

// Stop stops the heartbeat. When Stop returns, beat is not running and will
// never be called again, and the heartbeat's goroutine has ended or is about
// to. Stop waits for a beat that is running, and for nothing else: not for
// the next tick, nor for any time to pass (it does not poll with a sleep). It
// may be called more than once, from any goroutine, but not from beat.
func (h *Heartbeat) Stop() {
	h.cancel()
	h.wg.Wait()
}
