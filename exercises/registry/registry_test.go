package registry

// These tests use only the exported API, so that every correct fix passes:
// a mutex, an atomic, a channel. Each test checks one promise of a doc
// comment and fails, with a sentence a learner can act on, when it is
// broken. Add one for every promise you write.

import (
	"sync"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// Many goroutines, released at once, each call Inc: every call must count.
func TestIncFromManyGoroutinesAllCount(t *testing.T) {
	const goroutines, each = 64, 50
	var c Counter
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			<-start
			for range each {
				c.Inc()
			}
		})
	}
	close(start)
	wg.Wait()
	if got, want := c.Value(), goroutines*each; got != want {
		t.Errorf("Value() = %d after %d calls of Inc from %d goroutines, want %d: "+
			"some increments were lost. Look at what orders Inc's read and write of the count.",
			got, want, goroutines, want)
	}
}

// Value may be called while Incs run, and never sees the count go back.
func TestValueWhileIncrementing(t *testing.T) {
	const incs = 2000
	var c Counter
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range incs {
			c.Inc()
		}
	}()
	last := 0
	for reading := true; reading; {
		select {
		case <-done:
			reading = false
		default:
		}
		v := c.Value()
		if v < last || v > incs {
			t.Fatalf("Value() = %d after it had returned %d, with %d Incs in all: "+
				"a count seen while Inc runs must be one the count passed through. "+
				"Look at whether Value reads under the same protection as Inc writes.", v, last, incs)
		}
		last = v
	}
	if v := c.Value(); v != incs {
		t.Errorf("Value() = %d after %d Incs had returned, want %d", v, incs, incs)
	}
}
