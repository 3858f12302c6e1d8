package firsterr

// These tests use only Run, so every correct fix passes: a mutex with a
// first-only check, sync.Once, an atomic CompareAndSwap, errgroup, a
// buffered channel of errors. The tasks run in a testing/synctest bubble,
// where time is a fake clock that moves only when every goroutine in the
// bubble is blocked: a task that "fails after 3 seconds" takes no real time,
// and fails after the one that "fails after 2 seconds", on every run and any
// machine. So "the first failure" is a fact the tests know, not a guess. The
// tasks never synchronise with each other, so the race detector sees any
// two of Run's goroutines that touch the same variable unguarded.

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// Run must not return while a task's goroutine is still running.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testDrainLeftovers lets any task that Run left running finish: the fake clock
// stops when the bubble's function returns, so a task still asleep then
// would never wake. In the bubble this day takes no real time.
func testDrainLeftovers() { time.Sleep(24 * time.Hour) }

// testFailing returns a task that sleeps for d (fake time) and returns err.
func testFailing(d time.Duration, err error) func() error {
	return func() error {
		time.Sleep(d)
		return err
	}
}

// testErrName says which of errs err is, for a message.
func testErrName(err error, errs []error) string {
	if err == nil {
		return "nil"
	}
	if i := slices.Index(errs, err); i >= 0 {
		return fmt.Sprintf("the error of task %d (%q)", i, err)
	}
	return fmt.Sprintf("%q, which no task returned", err)
}

// With every task succeeding, Run returns nil; a failure in an earlier Run
// must not leak into a later one.
func TestRunReturnsNilWhenEveryTaskSucceeds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		boom := errors.New("boom")
		if err := Run(testFailing(time.Second, boom), testFailing(2*time.Second, nil)); err != boom {
			t.Errorf("Run returned %v for one task failing with %q and one succeeding, want %q", err, boom, boom)
		}
		var calls [5]atomic.Int32
		tasks := make([]func() error, len(calls))
		for i := range tasks {
			tasks[i] = func() error {
				calls[i].Add(1)
				time.Sleep(time.Duration(i+1) * time.Second)
				return nil
			}
		}
		if err := Run(tasks...); err != nil {
			t.Errorf("Run returned %q when all %d tasks succeeded, want nil", err, len(tasks))
		}
		for i := range calls {
			if n := calls[i].Load(); n != 1 {
				t.Errorf("task %d was called %d times, want once", i, n)
			}
		}
	})
}

// testTaskError is an error of a concrete type of its own, so that the failures
// of TestRunReturnsTheFirstFailure are not all of one type.
type testTaskError struct{ task int }

func (e testTaskError) Error() string { return fmt.Sprintf("task %d failed", e.task) }

// The failures here come at 2, 3 and 4 seconds, from tasks 2, 3 and 0; tasks
// 1 and 4 succeed, at 1 and 5 seconds. The first failure in time is task 2's:
// not the first task's, not the last to fail, not the first task to return.
// The three errors are of three concrete types (*errors.errorString,
// testTaskError, *testTaskError), as a task's errors may be: an atomic.Value, which
// panics when a value of another type is stored or swapped in, cannot keep
// them.
func TestRunReturnsTheFirstFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		errs := []error{errors.New("task 0 failed"), nil, testTaskError{2}, &testTaskError{3}, nil}
		after := []time.Duration{4 * time.Second, time.Second, 2 * time.Second, 3 * time.Second, 5 * time.Second}
		tasks := make([]func() error, len(errs))
		for i := range tasks {
			tasks[i] = testFailing(after[i], errs[i])
		}
		if got := Run(tasks...); got != errs[2] {
			t.Errorf("Run returned %s; want the error of task 2 (%q), the first to fail: "+
				"tasks 2, 3 and 0 failed after 2s, 3s and 4s, and tasks 1 and 4 succeeded after 1s and 5s",
				testErrName(got, errs), errs[2])
		}
	})
}

// Run waits for every task, also after the first failure: here one task
// fails at once while another still runs for a minute (fake time).
func TestRunWaitsForEveryTaskAfterAFailure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		boom := errors.New("boom")
		var finished atomic.Bool
		slow := func() error {
			time.Sleep(time.Minute)
			finished.Store(true)
			return nil
		}
		start := time.Now()
		err := Run(testFailing(0, boom), slow)
		if !finished.Load() {
			t.Fatalf("Run returned after %v, while a task that takes a minute was still running: "+
				"Run must wait for every task, also once one has failed", time.Since(start))
		}
		if err != boom {
			t.Errorf("Run returned %v, want %q, the only failure", err, boom)
		}
	})
}

// testRanAtOnce is whether TestRunCallsEveryTaskAtOnce has run in this process.
var testRanAtOnce bool

// Every task runs at the same time as the others: here 1000, more than any
// machine has cores, and each fails once all of them are running. If they
// never are, they give up after a (fake) minute, and the test reports how
// many ran at once. Fake time makes the answer the same on every run, so
// when the test is repeated (-count, -cpu) the repeats use only 200 tasks.
func TestRunCallsEveryTaskAtOnce(t *testing.T) {
	tasks := 1000
	if testRanAtOnce {
		tasks = 200
	}
	testRanAtOnce = true
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		var inFlight, most atomic.Int32
		allIn, giveUp := make(chan struct{}), make(chan struct{})
		errs := make([]error, tasks)
		list := make([]func() error, tasks)
		for i := range list {
			errs[i] = fmt.Errorf("task %d failed", i)
			list[i] = func() error {
				n := inFlight.Add(1)
				defer inFlight.Add(-1) // a task that has returned is no longer running
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				if n == int32(tasks) {
					close(allIn)
				}
				select {
				case <-allIn:
				case <-giveUp:
				}
				return errs[i]
			}
		}
		go func() {
			select {
			case <-allIn:
			case <-time.After(time.Minute): // fake time: costs nothing
				close(giveUp) // every goroutine was blocked a minute: no more will come
			}
		}()
		err := Run(list...)
		if m := most.Load(); m != int32(tasks) {
			t.Errorf("at most %d of %d tasks ran at the same time: Run must call every task in a goroutine of its own, "+
				"all at once, with no limit on how many", m, tasks)
		}
		if !slices.Contains(errs, err) {
			t.Errorf("all %d tasks failed at the same instant and Run returned %v, want the error of one of them", tasks, err)
		}
	})
}

// Many failures at the same instant: any one of them may be returned, but
// it must be one of them, and the goroutines must not write it unguarded.
func TestManyTasksFailingAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		errs := make([]error, 50)
		tasks := make([]func() error, len(errs))
		for i := range tasks {
			errs[i] = fmt.Errorf("task %d failed", i)
			tasks[i] = testFailing(time.Second, errs[i])
		}
		if err := Run(tasks...); !slices.Contains(errs, err) {
			t.Errorf("%d tasks failed at the same instant and Run returned %s, want the error of one of them", len(errs), testErrName(err, errs))
		}
	})
}

// With no tasks there is nothing to wait for: Run returns nil at once. (In
// the bubble, a Run that waits for something that never comes is a
// deadlock, reported at once.)
func TestRunWithNoTasks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for _, none := range [][]func() error{nil, {}} {
			if err := Run(none...); err != nil {
				t.Errorf("Run with no tasks returned %q, want nil", err)
			}
		}
	})
}

// Runs from several goroutines at once each return their own first
// failure: Run keeps nothing between calls or across calls.
func TestRunsAtTheSameTimeKeepTheirErrorsApart(t *testing.T) {
	const runs = 8
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		got := make([]error, runs)
		errs := make([]error, runs)
		var wg sync.WaitGroup
		for r := range runs {
			errs[r] = fmt.Errorf("run %d failed", r)
			wg.Go(func() {
				// Run r fails at r+1 seconds, and again, later, with another error.
				got[r] = Run(testFailing(time.Duration(r+1)*time.Second, errs[r]),
					testFailing(time.Duration(r+10)*time.Second, errors.New("a later failure")), testFailing(time.Second, nil))
			})
		}
		wg.Wait()
		for r := range runs {
			if got[r] != errs[r] {
				t.Errorf("%d Runs were called at the same time; Run %d returned %v, want its own first failure, %q",
					runs, r, got[r], errs[r])
			}
		}
	})
}
