package ticker

// These tests use only the exported API, so every correct design passes: a
// time.Ticker or a time.Timer, a done channel or a context, a WaitGroup, a
// channel or a mutex held across beat to wait for the goroutine. The tests about time run in a
// testing/synctest bubble, where time is fake: it moves only when every
// goroutine in the bubble is blocked, so "the first beat came one period
// after Start" and "Stop is still waiting" are facts, not guesses about
// timing, whatever the machine. A heartbeat that spins instead of blocking
// is never blocked, so fake time never moves: the test cannot get past its
// first Sleep, and the checker stops it at the end of its time budget and
// shows the loop that was still running. A goroutine still blocked when a
// bubble ends (Stop did not end it) is reported as leaked.

import (
	"runtime"
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

const testPeriod = time.Second

// testBeats records the calls of a heartbeat's beat function: when each began,
// in (fake) time since start, and how many ran at once.
type testBeats struct {
	start time.Time
	work  time.Duration // each call sleeps this long,
	slow  int           // or, if slow > 0, only the first slow calls do
	hold  chan struct{} // if not nil, the first call waits until it is closed

	mu      sync.Mutex
	at      []time.Duration
	running int
	most    int
}

func testNewBeats() *testBeats { return &testBeats{start: time.Now()} }

func (b *testBeats) beat() {
	b.mu.Lock()
	b.at = append(b.at, time.Since(b.start))
	first := len(b.at) == 1
	work := b.work
	if b.slow > 0 && len(b.at) > b.slow {
		work = 0
	}
	b.running++
	b.most = max(b.most, b.running)
	b.mu.Unlock()
	if first && b.hold != nil {
		<-b.hold
	}
	time.Sleep(work)
	b.mu.Lock()
	b.running--
	b.mu.Unlock()
}

func (b *testBeats) calls() []time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.at)
}

// The first beat comes one period after Start, then one every period; after
// Stop, none.
func TestBeatsComeEveryPeriod(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := testNewBeats()
		h := Start(testPeriod, b.beat)
		time.Sleep(3*testPeriod + testPeriod/2)
		synctest.Wait()
		want := []time.Duration{testPeriod, 2 * testPeriod, 3 * testPeriod}
		if got := b.calls(); !slices.Equal(got, want) {
			t.Errorf("with a period of %v, beat was called at %v after Start, want %v: the first beat comes one "+
				"period after Start, then one every period", testPeriod, got, want)
		}
		h.Stop()
		n := len(b.calls())
		time.Sleep(10 * testPeriod)
		synctest.Wait()
		if more := len(b.calls()) - n; more > 0 {
			t.Errorf("beat was called %d more times in the %v after Stop had returned, want none", more, 10*testPeriod)
		}
	})
}

// Stop called while beat runs waits for it to return. Three goroutines call
// Stop at once while the first beat is held up, and none of them may return
// until it has returned.
//
// A Stop that waits for a running beat may do so by waiting for a mutex
// that the beat's goroutine holds, and a goroutine waiting for a mutex is
// not durably blocked: synctest.Wait would never return. So the test gives
// the Stops their chance to return wrongly by yielding to them many times
// instead, and fake time stands still meanwhile.
func TestStopWaitsForARunningBeat(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const stoppers = 3
		b := testNewBeats()
		b.hold = make(chan struct{})
		h := Start(testPeriod, b.beat)
		time.Sleep(testPeriod)
		synctest.Wait() // the first beat is running, waiting for hold
		var returned atomic.Int32
		var wg sync.WaitGroup
		for range stoppers {
			wg.Go(func() {
				h.Stop()
				returned.Add(1)
			})
		}
		for i := 0; i < 10000 && returned.Load() == 0; i++ {
			runtime.Gosched()
		}
		if n := returned.Load(); n > 0 {
			t.Errorf("%d of %d calls of Stop returned while beat was still running: when Stop returns, beat "+
				"must not be running, so Stop waits for a running beat", n, stoppers)
		}
		close(b.hold)
		wg.Wait()
		n := len(b.calls())
		time.Sleep(10 * testPeriod)
		synctest.Wait()
		if more := len(b.calls()) - n; more > 0 {
			t.Errorf("beat was called %d more times in the %v after Stop had returned, want none", more, 10*testPeriod)
		}
	})
}

// Stop called between beats returns at once: it does not wait for the next
// tick, or for any time to pass.
func TestStopDoesNotWaitForTheNextTick(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const stoppers = 3
		b := testNewBeats()
		h := Start(testPeriod, b.beat)
		time.Sleep(testPeriod + testPeriod/2)
		var returned atomic.Int32
		var wg sync.WaitGroup
		for range stoppers {
			wg.Go(func() {
				h.Stop()
				returned.Add(1)
			})
		}
		synctest.Wait()
		if n := returned.Load(); n < stoppers {
			t.Errorf("half a period after a beat, %d of %d calls of Stop were still waiting, with no beat running "+
				"and no time passing: Stop returns at once, without waiting for the next tick", stoppers-n, stoppers)
		}
		wg.Wait()
	})
}

// Beats that take longer than a period never overlap: the calls come from
// one goroutine. The first three beats are slow, the rest return at once,
// so Stop is called while no beat is running.
func TestSlowBeatsNeverOverlap(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const slow = 3
		b := testNewBeats()
		b.work = 5 * testPeriod / 2
		b.slow = slow
		h := Start(testPeriod, b.beat)
		time.Sleep(20 * testPeriod)
		h.Stop()
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.most > 1 {
			t.Errorf("with beats that take %v and a period of %v, %d calls of beat ran at once, want one at a time: "+
				"the calls come from one goroutine", b.work, testPeriod, b.most)
		}
		if len(b.at) < 2*slow {
			t.Errorf("with %d beats that take %v and a period of %v, beat was called %d times in %v, want at least %d: "+
				"a slow beat delays the next one, it does not end the heartbeat", slow, b.work, testPeriod, len(b.at), 20*testPeriod, 2*slow)
		}
	})
}

// Stop may be called more than once, also right after Start, before any
// beat.
func TestStopTwice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		b := testNewBeats()
		h := Start(testPeriod, b.beat)
		h.Stop()
		h.Stop()
		time.Sleep(10 * testPeriod)
		synctest.Wait()
		if n := len(b.calls()); n > 0 {
			t.Errorf("beat was called %d times after Stop, called right after Start, had returned, want none", n)
		}
		h = Start(testPeriod, b.beat)
		time.Sleep(testPeriod + testPeriod/2)
		h.Stop()
		h.Stop()
	})
}

// Stop may come right after Start, before the heartbeat's goroutine has
// even begun to run; and once Stop has returned, beat is never called, even
// with a tick due every nanosecond. A Stop that waits on a WaitGroup which
// the goroutine joins (Add) only once it runs finds nothing to wait for and
// returns at once; the goroutine then starts with a tick ready, and its
// select may pick the tick over the signal to stop.
func TestStopRightAfterStart(t *testing.T) {
	const rounds = 30
	for range rounds {
		var stopped atomic.Bool
		var late atomic.Int32
		h := Start(time.Nanosecond, func() {
			if stopped.Load() {
				late.Add(1)
			}
		})
		h.Stop()
		stopped.Store(true)
		time.Sleep(time.Millisecond) // a goroutine that starts late runs now
		if n := late.Load(); n > 0 {
			t.Fatalf("with a period of 1ns, beat was called %d times after Stop, called right after Start, had "+
				"returned, want none: Stop must wait for the heartbeat's goroutine even if it has not started yet", n)
		}
	}
}

// Stop is safe from any goroutine: two goroutines stop the same heartbeat
// at once, over and over, for up to 500 rounds or 150 ms. A Stop that
// checks "stopped yet?" and then closes in a second step lets both close
// the same channel. That gap is short, so the two do not wait for the
// signal to go by blocking, which would wake them one after the other: a
// goroutine spins on an atomic flag, and the test's own goroutine calls
// Stop the moment it sets the flag, the two on two threads at once. (With
// GOMAXPROCS=1 nothing runs at the same moment, and the spinning yields.)
func TestStopFromManyGoroutinesAtOnce(t *testing.T) {
	const rounds = 500
	end := time.Now().Add(150 * time.Millisecond)
	for round := 0; round < rounds && time.Now().Before(end); round++ {
		h := Start(time.Hour, func() {})
		var ready, start, stopped atomic.Bool
		go func() {
			ready.Store(true)
			testSpinUntil(start.Load)
			h.Stop()
			stopped.Store(true)
		}()
		testSpinUntil(ready.Load)
		start.Store(true)
		h.Stop()
		deadline := time.Now().Add(2 * time.Second)
		for !stopped.Load() {
			if time.Now().After(deadline) {
				t.Fatalf("two goroutines called Stop at once, and 2 s later one had not returned: Stop may be called " +
					"more than once, from any goroutine, and never waits for the next tick")
			}
			runtime.Gosched()
		}
	}
}

// testSpinUntil returns once cond does, spinning on a thread of its own while
// other goroutines may run on others, and yielding when none can.
func testSpinUntil(cond func() bool) {
	for !cond() {
		if runtime.GOMAXPROCS(0) == 1 {
			runtime.Gosched()
		}
	}
}
