package worker

// These tests use only the exported API, so any correct fix passes: a done
// channel and a context, an atomic.Bool and a WaitGroup, a mutex around the
// worker's state. Some run in a synctest bubble (testing/synctest), where time
// is a fake clock that moves only when every goroutine in the bubble is
// blocked: a task that "sleeps 2s" takes no real time, the clock shows exactly
// how long each Join waited, and synctest.Wait tells when every goroutine has
// finished or is stuck, on any machine.

import (
	"context"
	"errors"
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

		synctest.Wait() // let the worker's goroutine finish after its task
		if w.Alive() {
			t.Errorf("Alive() = true after the task had returned, want false")
		}
	})
}

// The task waits for the test here, in real time: Join(1ms) must come back
// with false. A Join that ignores its timeout blocks forever (a deadlock).
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
	if w.Join(time.Millisecond) {
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
