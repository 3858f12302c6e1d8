package ticker

// These tests use only the exported API, so every correct design passes: a
// time.Ticker or a time.Timer, a done channel or a context, a WaitGroup or
// a channel to wait for the goroutine. The tests about time run in a
// testing/synctest bubble, where time is fake: it moves only when every
// goroutine in the bubble is blocked, so "the first beat came one period
// after Start" and "Stop is still waiting" are facts, not guesses about
// timing, whatever the machine. A heartbeat that spins instead of blocking
// is never blocked, so fake time never moves: the test cannot get past its
// first Sleep, and the checker stops it at the end of its time budget and
// shows the loop that was still running. A goroutine still blocked when a
// bubble ends (Stop did not end it) is reported as leaked.

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

const period = time.Second

// beats records the calls of a heartbeat's beat function: when each began,
// in (fake) time since start, and how many ran at once.
type beats struct {
	start time.Time
	work  time.Duration // each call sleeps this long
	hold  chan struct{} // if not nil, the first call waits until it is closed

	mu      sync.Mutex
	at      []time.Duration
	running int
	most    int
}

func newBeats() *beats { return &beats{start: time.Now()} }

func (b *beats) beat() {
	b.mu.Lock()
	b.at = append(b.at, time.Since(b.start))
	first := len(b.at) == 1
	b.running++
	b.most = max(b.most, b.running)
	b.mu.Unlock()
	if first && b.hold != nil {
		<-b.hold
	}
	time.Sleep(b.work)
	b.mu.Lock()
	b.running--
	b.mu.Unlock()
}

func (b *beats) calls() []time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.at)
}

// The first beat comes one period after Start, then one every period; after
// Stop, none.
func TestBeatsComeEveryPeriod(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBeats()
		h := Start(period, b.beat)
		time.Sleep(3*period + period/2)
		synctest.Wait()
		want := []time.Duration{period, 2 * period, 3 * period}
		if got := b.calls(); !slices.Equal(got, want) {
			t.Errorf("with a period of %v, beat was called at %v after Start, want %v: the first beat comes one "+
				"period after Start, then one every period", period, got, want)
		}
		h.Stop()
		n := len(b.calls())
		time.Sleep(10 * period)
		synctest.Wait()
		if more := len(b.calls()) - n; more > 0 {
			t.Errorf("beat was called %d more times in the %v after Stop had returned, want none", more, 10*period)
		}
	})
}

// Stop called while beat runs waits for it to return, and no longer: not
// for the next tick. Three goroutines call Stop at once, and each of them
// waits.
func TestStopWaitsForARunningBeatOnly(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const stoppers = 3
		b := newBeats()
		b.hold = make(chan struct{})
		h := Start(period, b.beat)
		time.Sleep(period)
		synctest.Wait() // the first beat is running, waiting for hold
		var returned atomic.Int32
		var wg sync.WaitGroup
		for range stoppers {
			wg.Go(func() {
				h.Stop()
				returned.Add(1)
			})
		}
		synctest.Wait()
		if n := returned.Load(); n > 0 {
			t.Errorf("%d of %d calls of Stop returned while beat was still running: when Stop returns, beat "+
				"must not be running, so Stop waits for a running beat", n, stoppers)
		}
		close(b.hold)
		synctest.Wait()
		if n := returned.Load(); n < stoppers {
			t.Errorf("after the running beat had returned, %d of %d calls of Stop were still waiting: Stop waits for "+
				"a running beat, and then returns at once, without waiting for the next tick", stoppers-n, stoppers)
		}
		wg.Wait()
		n := len(b.calls())
		time.Sleep(10 * period)
		synctest.Wait()
		if more := len(b.calls()) - n; more > 0 {
			t.Errorf("beat was called %d more times in the %v after Stop had returned, want none", more, 10*period)
		}
	})
}

// A beat that takes longer than a period never overlaps the next one: the
// calls come from one goroutine.
func TestSlowBeatsNeverOverlap(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBeats()
		b.work = 5 * period / 2
		h := Start(period, b.beat)
		time.Sleep(10 * period)
		h.Stop()
		time.Sleep(10 * period) // any beat still running ends
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.most > 1 {
			t.Errorf("with beats that take %v and a period of %v, %d calls of beat ran at once, want one at a time: "+
				"the calls come from one goroutine", b.work, period, b.most)
		}
		if len(b.at) < 3 {
			t.Errorf("with beats that take %v and a period of %v, beat was called %d times in %v, want at least 3: "+
				"a slow beat delays the next one, it does not end the heartbeat", b.work, period, len(b.at), 10*period)
		}
	})
}

// Stop may be called more than once, also right after Start, before any
// beat.
func TestStopTwice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := newBeats()
		h := Start(period, b.beat)
		h.Stop()
		h.Stop()
		time.Sleep(10 * period)
		synctest.Wait()
		if n := len(b.calls()); n > 0 {
			t.Errorf("beat was called %d times after Stop, called right after Start, had returned, want none", n)
		}
		h = Start(period, b.beat)
		time.Sleep(period + period/2)
		h.Stop()
		h.Stop()
	})
}

// Stop is safe from any goroutine: many goroutines, released at once, stop
// the same heartbeat, over and over. A Stop that checks "stopped yet?" and
// then closes in a second step lets two of them close the same channel.
func TestStopFromManyGoroutinesAtOnce(t *testing.T) {
	const rounds, stoppers = 50, 64
	for range rounds {
		h := Start(time.Hour, func() {})
		start := make(chan struct{})
		var wg sync.WaitGroup
		for range stoppers {
			wg.Go(func() {
				<-start
				h.Stop()
			})
		}
		close(start)
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("%d goroutines called Stop at once, and 2 s later some had not returned: Stop may be called "+
				"more than once, from any goroutine, and never waits for the next tick", stoppers)
		}
	}
}
