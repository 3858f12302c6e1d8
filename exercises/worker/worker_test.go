package worker

// These tests use only the exported API, so any correct fix passes: a done
// channel and a context, an atomic.Bool's CompareAndSwap, sync.Once, a
// mutex around the worker's state. Some run in a synctest bubble
// (testing/synctest), where time is a fake clock that moves only when every
// goroutine in the bubble is blocked: a task that "sleeps 2s" takes no real
// time, the clock shows exactly how long each Join waited, and synctest.Wait
// tells when every goroutine has finished or is stuck, on any machine.
// Promises that a call "returns at once" are checked in real time with a
// generous deadline instead (testReturnsAtOnce): a goroutine waiting for a mutex
// never counts as blocked in a bubble, so a bubble could hang there. Calls
// "at the same time" are made by goroutines that meet at each worker of a
// row and call together (testMeetAt), many times over, because a mistake there
// shows only when two calls overlap within nanoseconds.

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests: a
// worker that was terminated and joined must leave nothing running.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testSlow is how long, in real time, a call that must return at once may take
// here: a correct call takes microseconds, even on a loaded machine.
const testSlow = time.Second

// testReturnsAtOnce runs call in a new goroutine and reports whether it returned
// within testSlow. If it had not, it runs unblock, which must let call finish,
// and waits for call, so that the test ends cleanly either way.
func testReturnsAtOnce(call, unblock func()) bool {
	returned := make(chan struct{})
	go func() {
		defer close(returned)
		call()
	}()
	timer := time.NewTimer(testSlow)
	defer timer.Stop()
	select {
	case <-returned:
		return true
	case <-timer.C:
		unblock()
		<-returned
		return false
	}
}

func TestNewWorkerHasANameAnIDAndIsNotAlive(t *testing.T) {
	a := New("a", func(context.Context) {})
	b := New("b", func(context.Context) {})
	if a.Name() != "a" || b.Name() != "b" {
		t.Errorf("New(\"a\", ...).Name() = %q and New(\"b\", ...).Name() = %q, want \"a\" and \"b\"", a.Name(), b.Name())
	}
	if a.ID() == 0 || b.ID() == 0 || a.ID() == b.ID() {
		t.Errorf("two workers have IDs %d and %d, want two different IDs, neither 0", a.ID(), b.ID())
	}
	if a.Alive() {
		t.Errorf("Alive() = true before Start, want false")
	}
	if a.Join(0) {
		t.Errorf("Join(0) = true on a worker never started: its task has not returned, it has not even run")
	}
}

// Workers made from several goroutines at once still get IDs of their own.
// An ID read in one step and stored in the next is handed out twice only
// when two New calls meet in between, so the makers start together and
// make thousands (in about a tenth of a second). With one P they hardly
// ever meet, and a few suffice.
func TestWorkersMadeAtOnceHaveDifferentIDs(t *testing.T) {
	makers, each := 8, 3000
	if runtime.GOMAXPROCS(0) == 1 {
		makers, each = 4, 100
	}
	ids := make([][]int64, makers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for m := range makers {
		wg.Go(func() {
			<-start
			for range each {
				ids[m] = append(ids[m], New("w", func(context.Context) {}).ID())
			}
		})
	}
	close(start)
	wg.Wait()
	seen := map[int64]bool{}
	for _, list := range ids {
		for _, id := range list {
			if id == 0 || seen[id] {
				t.Fatalf("%d workers made from %d goroutines at once: ID %d was 0 or given twice, want a different ID for each", makers*each, makers, id)
			}
			seen[id] = true
		}
	}
}

// The task sleeps 2s, like the seed's MyProcess.run. Join(500ms) must give up
// after exactly its timeout; Join(1h) must return as soon as the task does.
func TestJoinWaitsForTheTaskOrItsTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// If a check fails while the task still sleeps, let it finish: the fake
		// clock stops when this function returns. The hour takes no real time.
		defer time.Sleep(time.Hour)
		w := New("sleeper", func(context.Context) { time.Sleep(2 * time.Second) })
		start := time.Now()
		if err := w.Start(); err != nil {
			t.Fatalf("Start() = %v, want nil", err)
		}
		if !w.Alive() {
			t.Errorf("Alive() = false right after Start: a started worker is alive until its task returns")
		}

		switch done, at := w.Join(500*time.Millisecond), time.Since(start); {
		case done && at >= 2*time.Second:
			t.Fatalf("Join(500ms) returned true only when the task returned, %v after Start: "+
				"Join must give up and report false once its timeout has passed", at)
		case done:
			t.Fatalf("Join(500ms) returned true %v after Start, while the 2s task was still running", at)
		case at < 500*time.Millisecond:
			t.Errorf("Join(500ms) returned after only %v while the task was still running: "+
				"Join must wait until the task returns or its timeout has passed", at)
		}
		if !w.Alive() {
			t.Errorf("Alive() = false %v after Start, while the 2s task was still running", time.Since(start))
		}

		switch done, at := w.Join(time.Hour), time.Since(start); {
		case !done:
			t.Fatalf("Join(1h) returned false %v after Start; the task returns after 2s: "+
				"Join must wait until the task has returned", at)
		case at < 2*time.Second:
			t.Fatalf("Join(1h) returned true %v after Start, while the 2s task was still running", at)
		case at >= time.Hour:
			t.Errorf("Join(1h) returned only at its timeout, %v after Start, though the task returned after 2s: "+
				"Join must return as soon as the task returns", at)
		}
		if w.Alive() {
			t.Errorf("Alive() = true right after Join had reported that the task returned, want false")
		}
	})
}

// The task waits for the test here, in real time: Join(1ms) must come back
// with false.
func TestJoinGivesUpWhileTheTaskIsBlocked(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	w := New("blocked", func(ctx context.Context) {
		close(started)
		select {
		case <-release:
		case <-ctx.Done():
		}
	})
	if err := w.Start(); err != nil {
		t.Fatalf("Start() = %v, want nil", err)
	}
	if !w.Alive() {
		t.Errorf("Alive() = false right after Start: a started worker is alive until its task returns")
	}
	<-started
	var done bool
	if !testReturnsAtOnce(func() { done = w.Join(time.Millisecond) }, func() { close(release) }) {
		t.Fatalf("Join(1ms) had not returned after %v while the task was blocked: Join must give up once its timeout has passed", testSlow)
	}
	if done {
		t.Errorf("Join(1ms) returned true while the task was still blocked: Join must report false when its timeout passes first")
	}
	if !w.Alive() {
		t.Errorf("Alive() = false while the task was still blocked, want true")
	}
	close(release)
	if !w.Join(time.Minute) {
		t.Errorf("Join(1m) returned false after the task was let go: Join must wait until the task has returned")
	}
}

// Once the task has returned, Join must say so at once, every time. A Join
// whose select finds both the done channel and an expired timer ready picks
// one at random, so Join(0) said false about half the time: ask 50 times. A
// done signal that is received once (a value sent on a channel) makes the
// second Join wait for its whole timeout.
func TestJoinAfterTheTaskReturnedIsTrueEveryTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New("quick", func(context.Context) {})
		if err := w.Start(); err != nil {
			t.Fatalf("Start() = %v, want nil", err)
		}
		if !w.Join(time.Hour) {
			t.Fatalf("Join(1h) returned false, but the task returns at once")
		}
		for i := range 50 {
			if !w.Join(0) {
				t.Fatalf("Join(0) on a worker whose task had returned said false (call %d of 50): "+
					"once the task has returned, Join must report true at once; look at done before the timer", i+1)
			}
		}
		start := time.Now()
		if done, at := w.Join(time.Hour), time.Since(start); !done || at > 0 {
			t.Errorf("another Join(1h) on a worker whose task had returned gave %v after %v, want true at once: "+
				"every Join must see that the task has returned, not only the first", done, at)
		}
		if w.Alive() {
			t.Errorf("Alive() = true after the task had returned, want false")
		}
	})
}

// Join may be called before Start, from another goroutine: it waits for the
// task like any Join, or gives up at its timeout. A Join that answers at
// once for a worker not started (true, or false) breaks both.
func TestJoinBeforeStartWaitsForTheTask(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour) // if a check fails, let the task finish first
		w := New("late", func(context.Context) { time.Sleep(time.Second) })
		start := time.Now()
		if done, at := w.Join(time.Second), time.Since(start); done || at != time.Second {
			t.Errorf("Join(1s) on a worker never started gave %v after %v, want false after 1s: "+
				"no task has returned, and Join waits for its timeout", done, at)
		}

		joined := make(chan bool)
		go func() { joined <- w.Join(time.Hour) }()
		synctest.Wait() // that Join is waiting now
		start = time.Now()
		if err := w.Start(); err != nil {
			t.Fatalf("Start() = %v, want nil", err)
		}
		if done, at := <-joined, time.Since(start); !done || at != time.Second {
			t.Errorf("Join(1h), called before Start, gave %v %v after Start; the task returned 1s after Start: "+
				"a Join must wait for a task started while it waits, and return as soon as it returns", done, at)
		}
	})
}

// Terminate must stop the task through its context, like the seed's
// terminate(). A goroutine cannot be killed from outside: if the task's
// context is never cancelled, the task and its goroutine run forever.
func TestTerminateStopsTheTask(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		stopped, giveUp := make(chan struct{}), make(chan struct{})
		defer close(giveUp) // if Terminate failed, end the task so the test can end
		w := New("endless", func(ctx context.Context) {
			defer close(stopped)
			select {
			case <-ctx.Done():
			case <-giveUp:
			}
		})
		if err := w.Start(); err != nil {
			t.Fatalf("Start() = %v, want nil", err)
		}
		synctest.Wait() // the task is now waiting for its context

		w.Terminate()
		w.Terminate() // a second Terminate must do no harm
		synctest.Wait()
		select {
		case <-stopped:
		default:
			t.Fatalf("the task was still running after Terminate: Terminate must cancel the context " +
				"the task was given; nothing else can stop a goroutine")
		}
		if !w.Join(time.Second) {
			t.Errorf("Join(1s) returned false after Terminate had stopped the task, want true")
		}
		synctest.Wait()
		if w.Alive() {
			t.Errorf("Alive() = true after the task had stopped, want false")
		}
	})
}

// A Terminate before Start is not lost: the task starts with its context
// already cancelled. Terminate returns at once here too, though nothing runs.
func TestTerminateBeforeStartIsNotLost(t *testing.T) {
	errs := make(chan error, 1)
	w := New("doomed", func(ctx context.Context) { errs <- ctx.Err() })
	if !testReturnsAtOnce(w.Terminate, func() { w.Start() }) {
		t.Fatalf("Terminate() on a worker not started had not returned after %v: Terminate must return at once", testSlow)
	}
	if err := w.Start(); err != nil {
		t.Fatalf("Start() after Terminate = %v, want nil: the task still runs, with a cancelled context", err)
	}
	select {
	case err := <-errs:
		if err == nil {
			t.Errorf("the task started after Terminate got a context that was not cancelled: " +
				"a Terminate before Start must not be lost; the task must start with its context cancelled")
		}
	case <-time.After(testSlow):
		t.Fatalf("Start() returned nil but the task had not run %v later", testSlow)
	}
	if !w.Join(testSlow) {
		t.Errorf("Join(%v) returned false, but the task had returned", testSlow)
	}
}

// Start and Terminate return at once, even when the task ignores its
// context; only Join waits. A Terminate that waits for the task keeps its
// caller waiting for as long as the task runs: here, until the test lets it
// go. And a terminated task is alive until it returns.
func TestStartAndTerminateDoNotWaitForTheTask(t *testing.T) {
	release := make(chan struct{})
	letGo := sync.OnceFunc(func() { close(release) })
	defer letGo()
	w := New("stubborn", func(context.Context) { <-release })

	var err error
	if !testReturnsAtOnce(func() { err = w.Start() }, letGo) {
		t.Fatalf("Start() had not returned after %v while its task was running: Start must not wait for the task", testSlow)
	}
	if err != nil {
		t.Fatalf("Start() = %v, want nil", err)
	}
	for i := range 2 {
		if !testReturnsAtOnce(w.Terminate, letGo) {
			t.Fatalf("Terminate() (call %d) had not returned after %v while the task, which ignores its context, was running: "+
				"Terminate must ask the task to stop and return at once; only Join waits", i+1, testSlow)
		}
	}
	if !w.Alive() {
		t.Errorf("Alive() = false after Terminate while the task, which ignores its context, was still running: " +
			"a worker is alive until its task returns")
	}
	if w.Join(0) {
		t.Errorf("Join(0) = true after Terminate while the task was still running: Join reports whether the task has returned")
	}
	letGo()
	if !w.Join(testSlow) {
		t.Errorf("Join(%v) returned false after the task was let go", testSlow)
	}
}

// testMeetAt calls call(i, g) from each of goroutines g = 0, 1, ..., for i = 0,
// 1, ..., n-1, all going through the i's in the same order. At each i the
// first goroutine to arrive waits a moment for a second one, so that the
// two make their calls at the same instant. It returns at how many i two
// goroutines met: on a machine too busy to run two of them at once, few.
func testMeetAt(n, goroutines int, call func(i, g int)) (meetings int) {
	arrived := make([]atomic.Int32, n)
	var ready, met atomic.Int32
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			ready.Add(1)
			for ready.Load() < int32(goroutines) { // set off together
				runtime.Gosched()
			}
			for i := range n {
				if arrived[i].Add(1) == 1 && runtime.GOMAXPROCS(0) > 1 {
					for spin := 0; spin < 5000 && arrived[i].Load() < 2; spin++ {
					}
					if arrived[i].Load() >= 2 {
						met.Add(1)
					}
				}
				call(i, g)
			}
		})
	}
	wg.Wait()
	return int(met.Load())
}

// Several Starts at once: exactly one succeeds and the task runs once.
// Checking a flag and setting it in a second step (a Load, then a Store; or
// two separately locked sections) lets two Starts both see "not started".
// That gap lasts nanoseconds, so four goroutines call Start on each worker
// of a row, meeting at each (testMeetAt), row after row until two of them have
// met at 1000 workers (or for 300 ms, when the machine is too busy to run them
// at once).
func TestConcurrentStartsRunTheTaskOnce(t *testing.T) {
	const row, starters = 50, 4
	begin := time.Now()
	for meetings := 0; meetings < 1000 && time.Since(begin) < 300*time.Millisecond; {
		workers := make([]*Worker, row)
		runs := make([]atomic.Int32, row)
		for i := range workers {
			workers[i] = New("contested", func(context.Context) { runs[i].Add(1) })
		}
		errs := make([][starters]error, row)
		meetings += testMeetAt(row, starters, func(i, g int) { errs[i][g] = workers[i].Start() })
		for i, w := range workers {
			succeeded := 0
			for _, err := range errs[i] {
				switch {
				case err == nil:
					succeeded++
				case !errors.Is(err, ErrAlreadyStarted):
					t.Fatalf("Start() = %v, want nil or ErrAlreadyStarted", err)
				}
			}
			if !w.Join(testSlow) {
				t.Fatalf("Join(%v) returned false, but the task returns at once", testSlow)
			}
			if n := runs[i].Load(); succeeded != 1 || n != 1 {
				t.Fatalf("%d goroutines called Start on the same worker at once: %d calls returned nil and the task ran %d time(s), "+
					"want exactly one nil and one run: checking started and setting it must be one step", starters, succeeded, n)
			}
		}
		if runtime.GOMAXPROCS(0) == 1 {
			break // one goroutine runs at a time: they cannot meet
		}
	}
}

// Start and Terminate at the same time, on a row of workers, one goroutine
// starting each in turn and one terminating each in turn: whichever comes
// first, the task must get a cancelled context and return.
func TestStartRacingTerminateStopsTheTask(t *testing.T) {
	const row = 200
	giveUp := make(chan struct{})
	defer close(giveUp) // if a task's context is never cancelled, end it so the test can end
	workers := make([]*Worker, row)
	for i := range workers {
		workers[i] = New("racing", func(ctx context.Context) {
			select {
			case <-ctx.Done():
			case <-giveUp:
			}
		})
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, w := range workers {
			if err := w.Start(); err != nil {
				t.Errorf("Start() = %v, want nil", err)
			}
		}
	})
	wg.Go(func() {
		for _, w := range workers {
			w.Terminate()
		}
	})
	wg.Wait()
	for _, w := range workers {
		if !w.Join(testSlow) {
			t.Fatalf("Start and Terminate were called at the same time, and the task was still waiting for its context %v later: "+
				"whichever comes first, Terminate must cancel the context the task gets", testSlow)
		}
	}
}

// Alive is asked from many goroutines while the task ends: each must see
// true while the task runs, then false, and never true again; and once Join
// has said true, Alive must say false.
func TestAliveAgreesInEveryGoroutine(t *testing.T) {
	const watchers = 8
	release := make(chan struct{})
	w := New("watched", func(context.Context) { <-release })
	if err := w.Start(); err != nil {
		t.Fatalf("Start() = %v, want nil", err)
	}
	// What each watcher saw: false while the task ran, true long after it
	// returned, true again after false.
	var falseEarly, trueLate, trueAgain atomic.Int32
	var checked, wg sync.WaitGroup
	checked.Add(watchers)
	for range watchers {
		wg.Go(func() {
			alive := w.Alive()
			checked.Done()
			if !alive {
				falseEarly.Add(1)
				return
			}
			for deadline := time.Now().Add(testSlow); w.Alive(); runtime.Gosched() {
				if time.Now().After(deadline) {
					trueLate.Add(1)
					return
				}
			}
			for range 3 {
				if w.Alive() {
					trueAgain.Add(1)
					return
				}
			}
		})
	}
	checked.Wait()
	close(release)
	if !w.Join(testSlow) {
		t.Errorf("Join(%v) returned false after the task was let go", testSlow)
	}
	if w.Alive() {
		t.Errorf("Alive() = true right after Join had reported that the task returned, want false")
	}
	wg.Wait()
	if n := falseEarly.Load(); n > 0 {
		t.Errorf("Alive() = false in %d of %d other goroutines while the task was still running, want true", n, watchers)
	}
	if n := trueLate.Load(); n > 0 {
		t.Errorf("Alive() was still true in %d of %d other goroutines %v after the task returned: "+
			"a worker is alive only until its task returns", n, watchers, testSlow)
	}
	if n := trueAgain.Load(); n > 0 {
		t.Errorf("Alive() said true again after it had said false, in %d of %d other goroutines: "+
			"once the task has returned, every later Alive, in every goroutine, must say false", n, watchers)
	}
}

// Once Join has reported true, Alive must say false, in the very next
// instant. A goroutine spinning on Join(0) sees the task end as soon as the
// worker lets it be seen; a worker that says "returned" before it stops
// saying "alive" is caught in that gap. The gap is short, so the test ends
// many tasks (in about a tenth of a second); with one P the spinning
// goroutine cannot watch the task end, and a few suffice.
func TestAliveIsFalseOnceJoinSaysTrue(t *testing.T) {
	rounds := 4000
	if runtime.GOMAXPROCS(0) == 1 {
		rounds = 100
	}
	for round := range rounds {
		w := New("brief", func(context.Context) {})
		if err := w.Start(); err != nil {
			t.Fatalf("Start() = %v, want nil", err)
		}
		deadline := time.Now().Add(testSlow)
		for ; !w.Join(0); runtime.Gosched() {
			if time.Now().After(deadline) {
				t.Fatalf("round %d: Join(0) was still false %v after Start, for a task that returns at once", round, testSlow)
			}
		}
		if w.Alive() {
			t.Fatalf("round %d: Alive() = true right after Join(0) had reported that the task returned, want false: "+
				"the worker must stop saying alive before (or as) it says the task returned", round)
		}
	}
}

// After Terminate and Join, the worker must leave no goroutine behind.
func TestNothingRunsAfterTerminateAndJoin(t *testing.T) {
	defer goleak.VerifyNone(t)
	w := New("endless", func(ctx context.Context) { <-ctx.Done() })
	if err := w.Start(); err != nil {
		t.Fatalf("Start() = %v, want nil", err)
	}
	w.Terminate()
	if !w.Join(5 * time.Second) {
		t.Errorf("Join(5s) after Terminate returned false: either Terminate did not cancel " +
			"the task's context, or Join did not wait for the task to return")
	}
}

// A worker runs its task once, like a Process: a second Start is an error,
// not a panic and not a second run.
func TestStartTwiceIsAnError(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var runs atomic.Int32
		w := New("once", func(context.Context) { runs.Add(1) })
		if err := w.Start(); err != nil {
			t.Fatalf("Start() = %v, want nil", err)
		}
		if err := w.Start(); !errors.Is(err, ErrAlreadyStarted) {
			t.Errorf("the second Start() = %v, want ErrAlreadyStarted", err)
		}
		if !w.Join(time.Second) {
			t.Errorf("Join(1s) returned false, but the task returns at once")
		}
		if err := w.Start(); !errors.Is(err, ErrAlreadyStarted) {
			t.Errorf("Start() after the task had returned = %v, want ErrAlreadyStarted", err)
		}
		w.Terminate() // must do nothing on a finished worker
		synctest.Wait()
		if n := runs.Load(); n != 1 {
			t.Errorf("the task ran %d times, want once", n)
		}
	})
}
