package pool

// These tests use only the exported API, so any correct design passes: a
// fixed set of workers reading a channel of tasks, a semaphore channel that
// bounds one goroutine per task, a sync.Cond, ... The last two tests must
// know that every goroutine has had its chance to run (how many tasks run at
// once, whether Join waited), so they run in a testing/synctest bubble:
// synctest.Wait returns only once every other goroutine in the bubble is
// blocked, and time.Sleep there takes no real time. Nothing depends on how
// fast or how loaded the machine is.

import (
	"errors"
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

func TestWaitReturnsTheTaskResult(t *testing.T) {
	p := New(2)
	f, err := p.Submit(func() int { return 42 })
	if err != nil {
		t.Fatalf("Submit on a new pool returned %v, want nil", err)
	}
	if got := f.Wait(); got != 42 {
		t.Errorf("Wait returned %d for a task that returns 42", got)
	}
	if got := f.Wait(); got != 42 {
		t.Errorf("a second Wait on the same Future returned %d, want 42 again", got)
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

func TestSubmitAfterCloseReturnsErrClosed(t *testing.T) {
	p := New(2)
	f, err := p.Submit(func() int { return 1 })
	if err != nil {
		t.Fatalf("Submit on a new pool returned %v, want nil", err)
	}
	p.Close()
	var ran atomic.Bool
	g, err := p.Submit(func() int { ran.Store(true); return 2 })
	if !errors.Is(err, ErrClosed) || g != nil {
		t.Errorf("Submit after Close returned (%v, %v), want (nil, ErrClosed)", g, err)
	}
	if got := f.Wait(); got != 1 {
		t.Errorf("the task submitted before Close gave %d, want 1: Close must let submitted tasks finish", got)
	}
	p.Join()
	if ran.Load() {
		t.Errorf("a task submitted after Close ran: Submit must refuse it")
	}
	p.Close() // a second Close does nothing
}

// Submits that race with Close must each either be accepted, and then run
// once and deliver their result, or be refused with ErrClosed; never panic.
func TestSubmitsRacingCloseRunOrGetErrClosed(t *testing.T) {
	const n, submitters, each = 2, 4, 5
	p := New(n)
	var runs [submitters * each]atomic.Int32
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
	wg.Wait()
	p.Join()
	for i, f := range futures {
		r := runs[i].Load()
		switch {
		case f == nil && r != 0:
			t.Errorf("task %d was refused with ErrClosed but ran %d time(s)", i, r)
		case f != nil && r != 1:
			t.Errorf("task %d was accepted but ran %d times, want exactly once", i, r)
		case f != nil && f.Wait() != i:
			t.Errorf("Wait on task %d's Future returned %d, want %d", i, f.Wait(), i)
		}
	}
}

func TestJoinLeavesNoGoroutines(t *testing.T) {
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
	goleak.VerifyNone(t)
}

// Eight tasks on New(3), each blocking until released: once every goroutine
// is blocked, exactly three must be running. More means the pool is not
// bounded; fewer means it cannot use all of its workers.
func TestAtMostNTasksRunAtOnceAndNDo(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const n, tasks = 3, 8
		p := New(n)
		var running, most atomic.Int32
		release := make(chan struct{})
		submitted := make(chan []*Future)
		go func() { // Submit may wait for a free worker, so submit from here
			futures := make([]*Future, tasks)
			for i := range tasks {
				f, err := p.Submit(func() int {
					now := running.Add(1)
					for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
					}
					<-release
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

		synctest.Wait() // every goroutine in the bubble is blocked now
		got := running.Load()
		switch {
		case got > n:
			t.Errorf("%d tasks ran at once on New(%d): the pool must run at most %d at a time", got, n, n)
		case got < n:
			t.Errorf("only %d task(s) ran at once on New(%d) while %d were submitted: the pool must run %d at a time", got, n, tasks, n)
		}
		close(release)
		for i, f := range <-submitted {
			if f != nil && f.Wait() != i {
				t.Errorf("Wait on task %d's Future returned %d, want %d", i, f.Wait(), i)
			}
		}
		p.Close()
		p.Join()
		if m := most.Load(); m > n && got <= n {
			t.Errorf("at one point %d tasks ran at once on New(%d), want at most %d", m, n, n)
		}
	})
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
