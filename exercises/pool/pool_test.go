package pool

// These tests use only the exported API, so any correct design passes: a
// fixed set of workers reading a channel of tasks, a semaphore channel that
// bounds one goroutine per task, a queue with a sync.Cond, ... Tests that
// must know that every goroutine has had its chance to run (how many tasks
// run at once, whether Join waited, whether a Submit is waiting) run in a
// testing/synctest bubble: synctest.Wait returns only once every other
// goroutine in the bubble is blocked, and time.Sleep there takes no real
// time. A goroutine waiting for a mutex never counts as blocked in a bubble,
// so there only one goroutine at a time calls Submit, and a call that must
// "return at once" is watched against a real-time deadline. A Submit racing
// a Close is tried on a row of pools, by two goroutines that meet at each
// pool and call together (testMeetAt), because a gap between checking closed
// and counting the task shows only when the two overlap within nanoseconds.

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// once Join returns, the pool must have stopped all of its goroutines.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testSlow is how long, in real time, a call that must return at once may take
// here: a correct call takes microseconds, even on a loaded machine.
const testSlow = time.Second

// testRealDeadline returns a channel that is closed after testSlow of real time,
// also when received from inside a synctest bubble (whose clock is fake).
// Call it outside the bubble.
func testRealDeadline(t *testing.T) <-chan struct{} {
	expired := make(chan struct{})
	timer := time.AfterFunc(testSlow, func() { close(expired) })
	t.Cleanup(func() { timer.Stop() })
	return expired
}

// testReturnsBy runs call in a new goroutine and reports whether it returned
// before deadline is closed. If it did not, the goroutine is left waiting:
// the test must unblock it, or goleak will report it after the tests.
func testReturnsBy(deadline <-chan struct{}, call func()) (returned <-chan struct{}, ok bool) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		call()
	}()
	select {
	case <-done:
		return done, true
	case <-deadline:
		return done, false
	}
}

func TestWaitReturnsTheTaskResult(t *testing.T) {
	p := New(2)
	f, err := p.Submit(func() int { return 42 })
	if err != nil {
		t.Fatalf("Submit on a new pool returned %v, want nil", err)
	}
	if got := f.Wait(); got != 42 {
		t.Errorf("Wait returned %d for a task that returns 42", got)
	}
	p.Close()
	p.Join()
}

// Futures are waited on from several goroutines while the tasks still run,
// so handing a result from the worker to Wait must be synchronised.
func TestEveryTaskRunsOnceWithItsResult(t *testing.T) {
	const n, tasks = 3, 20
	p := New(n)
	var runs [tasks]atomic.Int32
	futures := make([]*Future, tasks)
	for i := range tasks {
		f, err := p.Submit(func() int {
			runs[i].Add(1)
			return i * i
		})
		if err != nil {
			t.Fatalf("Submit of task %d on an open pool returned %v, want nil", i, err)
		}
		futures[i] = f
	}
	got := make([]int, tasks)
	var waiters sync.WaitGroup
	for i, f := range futures {
		waiters.Go(func() { got[i] = f.Wait() })
	}
	waiters.Wait()
	p.Close()
	p.Join()
	for i := range tasks {
		if r := runs[i].Load(); r != 1 {
			t.Errorf("task %d ran %d times, want exactly once", i, r)
		}
		if got[i] != i*i {
			t.Errorf("Wait on task %d's Future returned %d, want %d: the Future must carry its own task's result", i, got[i], i*i)
		}
	}
}

// One Future, waited on by eight goroutines, twice each, some before the
// task has finished: every Wait must return the result. A result handed
// over once (a value sent on a channel, a Cond signalled instead of
// broadcast) leaves the other waiters waiting forever.
func TestWaitFromManyGoroutinesAndManyTimes(t *testing.T) {
	const waiters = 8
	p := New(1)
	release := make(chan struct{})
	f, err := p.Submit(func() int { <-release; return 7 })
	if err != nil {
		t.Fatalf("Submit on a new pool returned %v, want nil", err)
	}
	var got [waiters][2]int
	var ready, all sync.WaitGroup
	ready.Add(waiters)
	for i := range waiters {
		all.Go(func() {
			ready.Done()
			got[i][0] = f.Wait()
			got[i][1] = f.Wait()
		})
	}
	ready.Wait()
	close(release)
	if _, ok := testReturnsBy(testRealDeadline(t), all.Wait); !ok {
		t.Fatalf("%d goroutines each called Wait twice on one Future; %v after its task returned, some were still waiting: "+
			"every Wait, in every goroutine, must return the result, not only the first", waiters, testSlow)
	}
	for i := range waiters {
		if got[i] != [2]int{7, 7} {
			t.Errorf("goroutine %d got %d and %d from two Waits, want 7 and 7", i, got[i][0], got[i][1])
		}
	}
	p.Close()
	p.Join()
}

// Submit after Close is refused, every time, and the task never runs. A
// refused Submit must leave the pool usable: Close again, Join.
func TestSubmitAfterCloseReturnsErrClosed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		p := New(2)
		f, err := p.Submit(func() int { return 1 })
		if err != nil {
			t.Fatalf("Submit on a new pool returned %v, want nil", err)
		}
		p.Close()
		var ran atomic.Int32
		for range 3 {
			g, err := p.Submit(func() int { ran.Add(1); return 2 })
			if !errors.Is(err, ErrClosed) || g != nil {
				t.Errorf("Submit after Close returned (%v, %v), want (nil, ErrClosed)", g, err)
			}
		}
		if got := f.Wait(); got != 1 {
			t.Errorf("the task submitted before Close gave %d, want 1: Close must let submitted tasks finish", got)
		}
		p.Close() // a second Close does nothing
		p.Join()
		synctest.Wait() // anything the pool still had to run has run, or is stuck
		if n := ran.Load(); n > 0 {
			t.Errorf("%d task(s) submitted after Close ran: Submit must refuse them, and they must never run", n)
		}
	})
}

// Close from eight goroutines at once: every call returns at once, nothing
// panics, and the pool is closed.
func TestCloseFromManyGoroutines(t *testing.T) {
	const closers = 8
	p := New(2)
	f, err := p.Submit(func() int { return 3 })
	if err != nil {
		t.Fatalf("Submit on a new pool returned %v, want nil", err)
	}
	var start, all sync.WaitGroup
	start.Add(1)
	for range closers {
		all.Go(func() {
			start.Wait()
			p.Close()
		})
	}
	start.Done()
	if _, ok := testReturnsBy(testRealDeadline(t), all.Wait); !ok {
		t.Fatalf("%d Closes called at once had not all returned after %v: Close must return at once, however many are called", closers, testSlow)
	}
	if g, err := p.Submit(func() int { return 4 }); !errors.Is(err, ErrClosed) {
		t.Errorf("Submit after %d Closes returned (%v, %v), want (nil, ErrClosed)", closers, g, err)
	}
	if got := f.Wait(); got != 3 {
		t.Errorf("the task submitted before Close gave %d, want 3", got)
	}
	p.Join()
}

// Submits that race with Close must each either be accepted, and then run
// once and deliver their result, or be refused with ErrClosed; never panic.
// Join, called as soon as Close returns, while some Submits may still be
// going, must still wait for every task that was accepted.
func TestSubmitsRacingCloseRunOrGetErrClosed(t *testing.T) {
	const n, submitters, each = 2, 4, 5
	p := New(n)
	var runs, finished [submitters * each]atomic.Int32
	var started sync.Once
	firstRunning := make(chan struct{})
	futures := make([]*Future, submitters*each)
	var wg sync.WaitGroup
	for s := range submitters {
		wg.Go(func() {
			for k := range each {
				i := s*each + k
				f, err := p.Submit(func() int {
					started.Do(func() { close(firstRunning) })
					runs[i].Add(1)
					time.Sleep(time.Millisecond) // keep the workers busy so Submits wait
					finished[i].Add(1)
					return i
				})
				if err != nil && !errors.Is(err, ErrClosed) {
					t.Errorf("Submit racing Close returned %v, want nil or ErrClosed", err)
				}
				futures[i] = f
			}
		})
	}
	<-firstRunning
	p.Close()
	p.Join()
	var finishedAtJoin [submitters * each]int32
	for i := range finished {
		finishedAtJoin[i] = finished[i].Load()
	}
	wg.Wait()
	for i, f := range futures {
		r := runs[i].Load()
		switch {
		case f == nil && r != 0:
			t.Errorf("task %d was refused with ErrClosed but ran %d time(s)", i, r)
		case f != nil && finishedAtJoin[i] == 0:
			t.Errorf("task %d was accepted (its Submit returned a Future) but had not finished when Join returned: "+
				"Join must wait for every accepted task, also one whose Submit was still going", i)
		case f != nil && r != 1:
			t.Errorf("task %d was accepted but ran %d times, want exactly once", i, r)
		case f != nil && f.Wait() != i:
			t.Errorf("Wait on task %d's Future returned %d, want %d", i, f.Wait(), i)
		}
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

// A Submit and a Close at the same instant, then Join: the Submit is either
// refused, or accepted and then its task has finished when Join returns.
// Checking closed and counting the task for Join must be one step: in a gap
// between two separate steps, Close and Join can both run, and Join returns
// before the task is counted. That gap lasts nanoseconds, so one goroutine
// submits to each pool of a row while another closes and joins it, meeting
// at each (testMeetAt), row after row until they have met at 1000 pools (or for
// 300 ms, when the machine is too busy to run them at once).
func TestSubmitRacingCloseAndJoin(t *testing.T) {
	const row = 50
	begin := time.Now()
	for meetings := 0; meetings < 1000 && time.Since(begin) < 300*time.Millisecond; {
		pools := make([]*Pool, row)
		for i := range pools {
			pools[i] = New(1)
		}
		finished := make([]atomic.Bool, row)
		finishedAtJoin := make([]bool, row)
		futures := make([]*Future, row)
		errs := make([]error, row)
		meetings += testMeetAt(row, 2, func(i, g int) {
			p := pools[i]
			if g == 0 {
				futures[i], errs[i] = p.Submit(func() int {
					finished[i].Store(true)
					return i
				})
				return
			}
			p.Close()
			p.Join()
			finishedAtJoin[i] = finished[i].Load()
		})
		for i := range pools {
			switch {
			case errs[i] != nil && !errors.Is(errs[i], ErrClosed):
				t.Fatalf("Submit racing Close returned %v, want nil or ErrClosed", errs[i])
			case futures[i] != nil && !finishedAtJoin[i]:
				t.Fatalf("Submit and Close were called at the same time; Submit accepted the task, " +
					"but Join (called after Close) returned before the task had finished: check closed and " +
					"count the task for Join in one step, under one lock")
			}
		}
		if runtime.GOMAXPROCS(0) == 1 {
			break // one goroutine runs at a time: they cannot meet
		}
	}
}

// A Submit that waits for a free worker when Close is called: Close must
// return at once all the same, and that Submit is not refused: its task
// runs, once a worker is free, and Join, called meanwhile, waits for it. A
// Submit that holds a lock while it waits makes Close wait behind it.
//
// One goroutine submits tasks that block until released, one after the
// other, until a Submit waits: the pool's n workers are busy, and whatever
// room it has for tasks waiting their turn is full. (A pool whose Submit
// never waits accepts all of them.) Submits made after Close are refused.
func TestCloseDoesNotWaitForAWaitingSubmit(t *testing.T) {
	deadline := testRealDeadline(t) // real time: a Close stuck on a mutex stops the bubble's clock
	synctest.Test(t, func(t *testing.T) {
		const n, submits = 2, 20
		p := New(n)
		release := make(chan struct{})
		var finished atomic.Int32
		type result struct {
			f   *Future
			err error
		}
		results := make(chan result, submits)
		go func() {
			for i := range submits {
				f, err := p.Submit(func() int {
					<-release
					finished.Add(1)
					return i
				})
				results <- result{f, err}
			}
		}()
		synctest.Wait() // the submitting goroutine waits in a Submit now, or is done
		before := len(results)

		closed, ok := testReturnsBy(deadline, p.Close)
		if !ok {
			t.Errorf("Close had not returned %v after it was called while a Submit waited for a free worker: "+
				"Close must not wait; does Submit hold a lock while it waits?", testSlow)
			close(release) // let the workers go, and with them the waiting Submit and Close
			<-closed
			for range submits {
				<-results
			}
			p.Join()
			return
		}
		joined := make(chan int32)
		go func() {
			p.Join()
			joined <- finished.Load()
		}()
		synctest.Wait() // Join waits now: no task has finished
		close(release)

		accepted := 0
		for i := range submits {
			r := <-results
			switch {
			case i < before && r.err != nil:
				t.Errorf("Submit %d on an open pool returned %v, want nil", i, r.err)
			case i == before && errors.Is(r.err, ErrClosed):
				t.Errorf("a Submit that was waiting for a free worker when Close was called returned ErrClosed: " +
					"it was called before Close, so it must not be refused; its task must still run")
			case i == before && (r.err != nil || r.f == nil):
				t.Errorf("a Submit waiting when Close was called returned (%v, %v), want a Future", r.f, r.err)
			case i > before && !errors.Is(r.err, ErrClosed):
				t.Errorf("a Submit called after Close returned (%v, %v), want (nil, ErrClosed)", r.f, r.err)
			}
			if r.err == nil && r.f != nil {
				accepted++
				if got := r.f.Wait(); got != i {
					t.Errorf("task %d's Future gave %d, want %d", i, got, i)
				}
			}
		}
		if got := <-joined; got != int32(accepted) {
			t.Errorf("Join returned when %d of the %d accepted tasks had finished, the waiting Submit's included: "+
				"Join must wait for every one", got, accepted)
		}
	})
}

func TestJoinLeavesNoGoroutines(t *testing.T) {
	others := goleak.IgnoreCurrent() // blame only goroutines this test starts
	p := New(4)
	for i := range 8 {
		if _, err := p.Submit(func() int { return i }); err != nil {
			t.Fatalf("Submit on an open pool returned %v, want nil", err)
		}
	}
	p.Close()
	p.Join()
	idle := New(3) // a pool that never ran anything must stop too
	idle.Close()
	idle.Join()
	goleak.VerifyNone(t, others)
}

// More tasks than places, each blocking until released: once every
// goroutine is blocked, exactly n must be running. More means the pool is
// not bounded; fewer means it cannot use all of its workers. With n = 300,
// more than any machine has cores, a pool that runs only NumCPU or
// GOMAXPROCS tasks at a time fails on every machine.
func TestExactlyNTasksRunAtOnce(t *testing.T) {
	for _, n := range []int{1, 3, 300} {
		synctest.Test(t, func(t *testing.T) {
			tasks := n + 5
			p := New(n)
			var running, most atomic.Int32
			release := make(chan struct{}) // closed: every task returns
			one := make(chan struct{})     // each send lets one task return
			submitted := make(chan []*Future)
			go func() { // Submit may wait for a free worker, so submit from here
				futures := make([]*Future, tasks)
				for i := range tasks {
					f, err := p.Submit(func() int {
						now := running.Add(1)
						for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
						}
						select {
						case <-release:
						case <-one:
						}
						running.Add(-1)
						return i
					})
					if err != nil {
						t.Errorf("Submit of task %d on an open pool returned %v, want nil", i, err)
					}
					futures[i] = f
				}
				submitted <- futures
			}()

			synctest.Wait()         // every goroutine in the bubble is blocked now
			time.Sleep(time.Second) // (fake time) a pool that polls has looked again
			synctest.Wait()
			got := running.Load()
			switch {
			case got > int32(n):
				t.Errorf("%d tasks ran at once on New(%d): the pool must run at most %d at a time", got, n, n)
			case got < int32(n):
				t.Errorf("only %d task(s) ran at once on New(%d) while %d were submitted: the pool must run %d at a time", got, n, tasks, n)
			}
			// One task at a time returns: each time exactly one waiting task
			// must take its place. A pool that wakes every waiter and lets
			// them all run (an if, not a for, around Cond.Wait) runs more.
			for finished := 1; finished <= 3 && !t.Failed(); finished++ {
				one <- struct{}{}
				synctest.Wait()
				if got := running.Load(); got != int32(n) {
					t.Errorf("on New(%d) with %d tasks submitted, %d ran at once after %d had returned, want %d: "+
						"when a task returns, one waiting task (and only one) takes its place", n, tasks, got, finished, n)
				}
			}
			close(release)
			for i, f := range <-submitted {
				if f != nil && f.Wait() != i {
					t.Errorf("Wait on task %d's Future returned %d, want %d", i, f.Wait(), i)
				}
			}
			p.Close()
			p.Join()
			if m := most.Load(); m > int32(n) && got <= int32(n) {
				t.Errorf("at one point %d tasks ran at once on New(%d), want at most %d", m, n, n)
			}
		})
	}
}

// The tasks sleep; in the bubble a Join that returns early is caught at once.
func TestJoinWaitsForEveryTask(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const tasks = 5
		p := New(2)
		var finished atomic.Int32
		for range tasks {
			_, err := p.Submit(func() int {
				time.Sleep(time.Second)
				finished.Add(1)
				return 0
			})
			if err != nil {
				t.Errorf("Submit on an open pool returned %v, want nil", err)
			}
		}
		p.Close()
		p.Join()
		if got := finished.Load(); got != tasks {
			t.Errorf("Join returned when %d of %d tasks had finished: Join must wait for every task", got, tasks)
			time.Sleep(time.Minute) // let the rest finish, so only this error is reported
		}
	})
}
