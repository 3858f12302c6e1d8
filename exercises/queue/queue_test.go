package queue

// These tests use only the exported API, so any correct design passes: a
// mutex with a sync.Cond, a mutex with a channel to wake waiters, channels
// alone, ... The tests about waiting and waking run in a testing/synctest
// bubble: synctest.Wait returns only once every other goroutine in the
// bubble is blocked, so "this Get is waiting" and "that Put woke nobody" are
// facts, not guesses about timing. A Get that spins in a loop instead of
// blocking never lets synctest.Wait return, and the test runs out of time.
// Every test closes its queue and takes every item, so a design with a
// goroutine that owns the queue can let it end.

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
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

// The seed: put '11', put '22', get_nowait twice gives them back in order.
func TestPutThenGetNowaitIsFIFO(t *testing.T) {
	q := New()
	for _, item := range []int{11, 22} {
		if err := q.Put(item); err != nil {
			t.Fatalf("Put(%d) on an open queue returned %v, want nil", item, err)
		}
	}
	for _, want := range []int{11, 22} {
		got, err := q.GetNowait()
		if err != nil {
			t.Fatalf("GetNowait after Put(11) and Put(22) returned (%d, %v), want (%d, nil): a Put that returned nil "+
				"has added its item, so GetNowait must find it", got, err, want)
		}
		if got != want {
			t.Fatalf("GetNowait after Put(11) and Put(22) returned %d, want %d: items come out in the order they went in", got, want)
		}
	}
	if got, err := q.GetNowait(); !errors.Is(err, ErrEmpty) {
		t.Errorf("GetNowait on an empty queue returned (%d, %v), want ErrEmpty", got, err)
	}
	if err := q.Put(33); err != nil {
		t.Fatalf("Put(33) returned %v, want nil", err)
	}
	if got, err := q.Get(); got != 33 || err != nil {
		t.Errorf("Get with 33 in the queue returned (%d, %v), want (33, nil)", got, err)
	}
	q.Close()
}

func TestCloseLetsConsumersDrainThenErrClosed(t *testing.T) {
	q := New()
	q.Put(1)
	q.Put(2)
	q.Close()
	if err := q.Put(3); !errors.Is(err, ErrClosed) {
		t.Errorf("Put after Close returned %v, want ErrClosed", err)
	}
	if got, err := q.Get(); got != 1 || err != nil {
		t.Errorf("Get on a closed queue holding 1 and 2 returned (%d, %v), want (1, nil): items put before Close can still be taken", got, err)
	}
	if got, err := q.GetNowait(); got != 2 || err != nil {
		t.Errorf("GetNowait on a closed queue holding 2 returned (%d, %v), want (2, nil)", got, err)
	}
	if got, err := q.Get(); !errors.Is(err, ErrClosed) {
		t.Errorf("Get on a closed, empty queue returned (%d, %v), want ErrClosed", got, err)
	}
	if got, err := q.GetNowait(); !errors.Is(err, ErrClosed) {
		t.Errorf("GetNowait on a closed, empty queue returned (%d, %v), want ErrClosed", got, err)
	}
	q.Close() // a second Close does nothing
}

// Many producers put while as many consumers poll with GetNowait, and
// several goroutines call Close at once in the middle of it. A Put either adds its item (it
// returns nil, and the item comes out) or is refused (ErrClosed, and the
// item never comes out), and once a consumer has been told "closed and
// empty" no item may come out of any later call. A Put that checks closed in
// one critical section and appends in another breaks this when Close lands
// in between, which a crowd of producers makes happen; the rounds give it
// several chances.
func TestPutsRacingCloseAreAllOrNothing(t *testing.T) {
	for range 6 {
		if !testCrowdRacingClose(t, testCrowd{producers: 32, gets: 0, getNowaits: 32}) {
			return
		}
	}
}

// Many consumers, some waiting in Get and some polling with GetNowait,
// race for the items of a few producers. Each item must come out once: a
// consumer that sees an item in one critical section and takes it in
// another can find it gone, or take it a second time.
func TestConsumersRacingForItemsTakeEachOnce(t *testing.T) {
	for range 6 {
		if !testCrowdRacingClose(t, testCrowd{producers: 4, gets: 16, getNowaits: 48}) {
			return
		}
	}
}

// testCrowd says how many goroutines of each kind testCrowdRacingClose starts.
type testCrowd struct{ producers, gets, getNowaits int }

// testCrowdRacingClose runs one round: the crowd's producers put numbered items
// until Put returns ErrClosed, its consumers take until they get ErrClosed,
// and once the queue is busy four goroutines call Close at once. Every
// goroutine checks what it can at once, the items are checked at the end.
// It reports whether the round passed.
func testCrowdRacingClose(t *testing.T, cr testCrowd) bool {
	const closes = 4
	producers, consumers := cr.producers, cr.gets+cr.getNowaits
	q := New()
	// The first failure is reported and stops every goroutine; so does a
	// round whose Close has not returned 2 s after it began, or whose
	// goroutines have not finished 2 s after Close (a correct queue takes
	// milliseconds).
	var stop atomic.Bool
	fail := func(format string, args ...any) {
		if !stop.Swap(true) {
			t.Errorf(format, args...)
		}
	}
	var taken atomic.Int64
	var closing atomic.Bool // Close has been called
	timer := time.AfterFunc(2*time.Second, func() {
		if closing.Load() {
			fail("Close, called by %d goroutines at once, had not returned 2 s after the round began", closes)
		} else {
			fail("2 s after the producers and consumers started, only %d items had been taken: Put never waits, "+
				"and each Put must wake a waiting Get", taken.Load())
		}
	})
	defer timer.Stop()
	// done[g] is set when goroutine g returns: producers first, then the
	// consumers calling Get, then those calling GetNowait.
	done := make([]atomic.Bool, producers+consumers)
	running := func(from, to int) (n int) {
		for g := from; g < to; g++ {
			if !done[g].Load() {
				n++
			}
		}
		return n
	}

	var wg sync.WaitGroup
	accepted := make([]int, producers) // producer p's items 0..accepted[p]-1 were accepted
	for p := range producers {
		wg.Go(func() {
			defer done[p].Store(true)
			for i := 0; !stop.Load(); i++ {
				if err := q.Put(p<<20 | i); err != nil {
					if !errors.Is(err, ErrClosed) {
						fail("Put returned %v, want nil or ErrClosed", err)
					}
					accepted[p] = i
					return
				}
				if i%8 == 7 {
					runtime.Gosched()
				}
			}
		})
	}
	var drained atomic.Bool // a Get or GetNowait has returned ErrClosed
	got := make([][]int, consumers)
	for c := range consumers {
		name, get := "GetNowait", q.GetNowait
		if c < cr.gets {
			name, get = "Get", q.Get
		}
		wg.Go(func() {
			defer done[producers+c].Store(true)
			for i := 0; !stop.Load(); i++ {
				wasDrained := drained.Load()
				item, err := get()
				switch {
				case err == nil && wasDrained:
					fail("%s returned item %d after another Get or GetNowait had returned ErrClosed, which means "+
						"closed and empty: either that ErrClosed came while items were still queued, or a Put "+
						"added this item after Close", name, item)
				case err == nil:
					got[c] = append(got[c], item)
					taken.Add(1)
				case errors.Is(err, ErrClosed) && !closing.Load():
					fail("%s returned ErrClosed before anyone called Close", name)
				case errors.Is(err, ErrClosed):
					drained.Store(true)
					return
				case errors.Is(err, ErrEmpty) && name == "GetNowait":
					if i%8 == 7 {
						runtime.Gosched()
					}
				default:
					fail("%s returned %v, want an item or ErrClosed (or ErrEmpty from GetNowait)", name, err)
				}
			}
		})
	}

	for taken.Load() < 16 && !stop.Load() { // let the queue get busy
		runtime.Gosched()
	}
	time.Sleep(time.Millisecond)
	closing.Store(true)
	var closers sync.WaitGroup
	for range closes {
		closers.Go(q.Close)
	}
	closers.Wait()
	timer.Stop()
	if err := q.Put(-1); !errors.Is(err, ErrClosed) {
		fail("Put after Close had returned returned %v, want ErrClosed", err)
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(2 * time.Second):
		pollers := producers + cr.gets // the first goroutine calling GetNowait
		switch puts, gets, polls := running(0, producers), running(producers, pollers), running(pollers, len(done)); {
		case gets > 0:
			fail("2 s after Close had returned, Gets were still waiting (%d of %d): Close must wake every waiting Get, "+
				"and a woken Get must return ErrClosed once the queue is closed and empty", gets, cr.gets)
		case puts > 0:
			fail("2 s after Close had returned, Puts had not returned (%d of %d): Put never waits", puts, producers)
		default:
			fail("2 s after Close had returned, consumers calling GetNowait had not yet got ErrClosed (%d of %d): "+
				"once the queue is closed and empty, GetNowait must return ErrClosed", polls, cr.getNowaits)
		}
		t.FailNow()
	}
	if stop.Load() {
		return false
	}

	seen := make(map[int]int)
	for c, items := range got {
		next := make([]int, producers) // the least index consumer c may get next from each producer
		for _, item := range items {
			seen[item]++
			p, i := item>>20, item&(1<<20-1)
			if p < 0 || p >= producers || i < next[p] {
				t.Errorf("consumer %d got item %d of producer %d after a later one of the same producer: a queue is first in, first out", c, i, p)
				return false
			}
			next[p] = i + 1
		}
	}
	if item, err := q.GetNowait(); !errors.Is(err, ErrClosed) {
		t.Errorf("every consumer had got ErrClosed, which means closed and empty, yet GetNowait then returned "+
			"(%d, %v): either a Get or GetNowait returned ErrClosed while items were still queued, or a Put "+
			"added items after Close", item, err)
		return false
	}
	var wrong []string
	for p, n := range accepted {
		for i := range n {
			if k := seen[p<<20|i]; k != 1 {
				wrong = append(wrong, fmt.Sprintf("producer %d's item %d came out %d times", p, i, k))
			}
		}
		if seen[p<<20|n] > 0 {
			wrong = append(wrong, fmt.Sprintf("producer %d's item %d came out, but its Put returned ErrClosed", p, n))
		}
	}
	if len(wrong) > 0 {
		t.Errorf("%d producers, %d consumers, Close in the middle: %d items came out wrong: %s",
			producers, consumers, len(wrong), strings.Join(wrong[:min(len(wrong), 5)], "; "))
	}
	return !t.Failed()
}

// Put never waits: not for a Get, and not for room, because the queue has no
// size limit. So a producer puts 65 537 items with nobody taking any, one
// more than a buffered channel of 1<<16 holds. That costs a tenth of a
// second under the race detector and the answer cannot change between runs,
// so only the first run in a test process puts that many; later runs put
// 1 025.
func TestPutNeverWaits(t *testing.T) {
	items := 1<<10 + 1
	if testPutManyOnce.CompareAndSwap(false, true) {
		items = 1<<16 + 1
	}
	synctest.Test(t, func(t *testing.T) {
		q := New()
		var put atomic.Int64
		go func() {
			for i := range items {
				q.Put(i)
				put.Add(1)
			}
		}()
		synctest.Wait() // the producer is done, or blocked
		if n := put.Load(); n < int64(items) {
			t.Errorf("with %d items in the queue and nobody taking any, Put #%d did not return: "+
				"Put must never wait, the queue has no size limit", n, n+1)
		}
		// Take every item, which also releases a Put that waits.
		for taken := 0; taken < items; {
			if _, err := q.GetNowait(); err == nil {
				taken++
				continue
			}
			before := put.Load()
			synctest.Wait()
			if put.Load() == before && int64(taken) == before {
				t.Fatalf("GetNowait found no item while a Put waited with %d items put", before)
			}
		}
		q.Close()
	})
}

// testPutManyOnce makes TestPutNeverWaits put its 65 537 items once per process.
var testPutManyOnce atomic.Bool

// A buffered channel holds a fixed number of items, and TestPutNeverWaits
// fills any of up to 65 536. A bigger one is caught by what it costs: a
// buffered channel reserves its whole buffer when it is made, so a channel
// of 65 537 ints or more takes over 512 KiB before the first item. A queue
// that grows as items arrive starts with a few hundred bytes.
func TestNewReservesNoRoomUpFront(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	q := New()
	q.Put(1)
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<19 {
		t.Errorf("New and one Put allocated %d KiB: the queue has no size limit, so there is no room to "+
			"reserve up front (a buffered channel, however big, is a queue with a limit)", n>>10)
	}
	q.GetNowait()
	q.Close()
}

// Close may be called from several goroutines at once, and does nothing
// after the first. Eight goroutines released together call Close on a fresh
// queue, 1 000 times over. A Close that asks "closed yet?" in one critical
// section and marks the queue closed in another lets two of them through,
// and the second close of a channel panics. The window is tiny, so the test
// opens it many times (in about 30 ms).
func TestConcurrentClosesDoNothing(t *testing.T) {
	const rounds, closers = 1000, 8
	for range rounds {
		q := New()
		start := make(chan struct{})
		var wg sync.WaitGroup
		for range closers {
			wg.Go(func() {
				<-start
				q.Close()
			})
		}
		close(start) // release all eight at once
		wg.Wait()
		if err := q.Put(1); !errors.Is(err, ErrClosed) {
			t.Fatalf("Put after %d goroutines had called Close at once returned %v, want ErrClosed", closers, err)
		}
	}
}

// Every Put must wake a waiting Get, or leave its item where a Get about to
// wait will see it. Two Gets and two Puts start at once on a fresh queue,
// 1 000 times over, and Close comes only after both Gets have returned, so
// nothing but the Puts can wake them. (In the crowd tests a Get that missed
// its wake-up is rescued by Close.) A Put that wakes a Get before its item
// is in the queue, or a wake-up that is dropped when two come together,
// leaves a Get asleep next to an item; a watchdog catches it.
func TestEveryPutReachesAGetWithoutClose(t *testing.T) {
	watchdog := time.NewTimer(time.Hour)
	defer watchdog.Stop()
	for range 1000 {
		if !testTwoGetsTwoPuts(t, watchdog) {
			return
		}
	}
}

// testTwoGetsTwoPuts runs one round of TestEveryPutReachesAGetWithoutClose and
// reports whether it passed.
func testTwoGetsTwoPuts(t *testing.T, watchdog *time.Timer) bool {
	q := New()
	defer q.Close() // only once both Gets have returned, or to release one that sleeps
	start := make(chan struct{})
	results := make(chan testResult, 2)
	var puts sync.WaitGroup
	defer puts.Wait()
	for i := range 2 {
		go func() {
			<-start
			item, err := q.Get()
			results <- testResult{item, err}
		}()
		puts.Go(func() {
			<-start
			q.Put(i + 1)
		})
	}
	close(start) // release all four at once
	watchdog.Reset(time.Second)
	for got := 0; got < 2; got++ {
		select {
		case r := <-results:
			if r.err != nil || r.item < 1 || r.item > 2 {
				t.Errorf("with Put(1) and Put(2) running, a Get returned (%d, %v), want 1 or 2 with a nil error", r.item, r.err)
				return false
			}
		case <-watchdog.C:
			puts.Wait()
			if item, err := q.GetNowait(); err == nil {
				t.Errorf("two Gets and two Puts started at once, and 1 s later a Get was still waiting while item %d "+
					"sat in the queue: a Get slept next to an item. A Put must wake a waiting Get once its item "+
					"is in, and no wake-up may be lost when two Puts come together", item)
			} else {
				t.Errorf("two Gets and two Puts started at once, and 1 s later a Get was still waiting, with %d of "+
					"the 2 items taken and GetNowait returning %v: every Put must wake a waiting Get", got, err)
			}
			return false
		}
	}
	return true
}

// The consumer polls with GetNowait while a producer puts: GetNowait must
// read the queue under the same synchronisation as Put, even when it finds
// nothing.
func TestGetNowaitWhileAProducerPuts(t *testing.T) {
	const items = 20
	q := New()
	go func() {
		for i := range items {
			q.Put(i)
		}
	}()
	for want := 0; want < items; {
		got, err := q.GetNowait()
		switch {
		case errors.Is(err, ErrEmpty):
			runtime.Gosched()
		case err != nil:
			t.Fatalf("GetNowait on an open queue returned %v, want an item or ErrEmpty", err)
		case got != want:
			t.Fatalf("GetNowait returned %d, want %d: one producer's items come out in order", got, want)
		default:
			want++
		}
	}
	q.Close()
}

// testResult is what one Get returned.
type testResult struct {
	item int
	err  error
}

func (r testResult) String() string { return fmt.Sprintf("(%d, %v)", r.item, r.err) }

// testStartGets starts n goroutines that each call q.Get once and send what it
// returned on the channel they share.
func testStartGets(q *Queue, n int) chan testResult {
	results := make(chan testResult, n)
	for range n {
		go func() {
			item, err := q.Get()
			results <- testResult{item, err}
		}()
	}
	return results
}

// testArrived returns the results sent so far, without waiting for more.
func testArrived(results chan testResult) []testResult {
	var rs []testResult
	for {
		select {
		case r := <-results:
			rs = append(rs, r)
		default:
			return rs
		}
	}
}

// GetNowait must not wait, not even for a Get that is blocked on the same queue.
func TestGetNowaitDoesNotWaitBehindABlockedGet(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := New()
		results := testStartGets(q, 1)
		synctest.Wait()
		if item, err := q.GetNowait(); !errors.Is(err, ErrEmpty) {
			t.Errorf("GetNowait on an empty queue, with a Get waiting, returned (%d, %v), want ErrEmpty", item, err)
		}
		q.Close()
		if r := <-results; !errors.Is(r.err, ErrClosed) {
			t.Errorf("the Get waiting on an empty queue returned (%d, %v) after Close, want ErrClosed", r.item, r.err)
		}
	})
}

func TestGetWaitsAndOnePutWakesOneGet(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := New()
		results := testStartGets(q, 2)
		synctest.Wait() // both Gets are blocked now, or have returned
		if rs := testArrived(results); len(rs) > 0 {
			t.Errorf("Get on an empty queue returned %v before any Put: it must wait", rs[0])
		}
		q.Put(1)
		synctest.Wait()
		rs := testArrived(results)
		switch {
		case len(rs) == 0:
			t.Errorf("Put(1) did not wake either of the two waiting Gets: a Put must wake a waiting Get at once")
		case len(rs) > 1:
			t.Errorf("Put(1) with two Gets waiting made both return %v: the one that finds the item gone must wait again", rs)
		case rs[0] != testResult{1, nil}:
			t.Errorf("the Get woken by Put(1) returned (%d, %v), want (1, nil)", rs[0].item, rs[0].err)
		}
		q.Close()
		for range 2 - len(rs) {
			<-results
		}
	})
}

// Two items put back to back, with two Gets waiting: both must wake, not
// only the one woken when the queue stopped being empty.
func TestTwoPutsWakeTwoGets(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := New()
		results := testStartGets(q, 2)
		synctest.Wait()
		q.Put(1)
		q.Put(2)
		synctest.Wait()
		rs := testArrived(results)
		if len(rs) != 2 || rs[0].item+rs[1].item != 3 || rs[0].err != nil || rs[1].err != nil {
			t.Errorf("Put(1) and Put(2) with two Gets waiting: the Gets returned %v, want 1 and 2 with nil errors", rs)
		}
		q.Close()
		for range 2 - len(rs) {
			<-results
		}
	})
}

// Put wakes the waiting Get, but this goroutine takes the item first with
// GetNowait. The woken Get must find the queue empty and wait again.
func TestWokenGetWaitsAgainWhenItsItemIsTaken(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := New()
		results := testStartGets(q, 1)
		synctest.Wait()
		q.Put(1)
		item, err := q.GetNowait()
		synctest.Wait()
		rs := testArrived(results)
		switch {
		case err == nil && item == 1 && len(rs) > 0:
			t.Errorf("Put(1) woke a waiting Get, GetNowait took the 1, and the Get returned (%d, %v) from a queue "+
				"that is open and empty: a woken Get must check again for an item and wait if there is none", rs[0].item, rs[0].err)
		case errors.Is(err, ErrEmpty) && (len(rs) != 1 || rs[0] != testResult{1, nil}):
			t.Errorf("GetNowait found no item after Put(1), but the waiting Get returned %v, want (1, nil)", rs)
		case err != nil && !errors.Is(err, ErrEmpty), err == nil && item != 1:
			t.Errorf("GetNowait after Put(1) returned (%d, %v), want (1, nil) or ErrEmpty", item, err)
		}
		q.Close()
		for range 1 - len(rs) {
			<-results
		}
	})
}

// Two Gets wait; one item arrives, then Close. One Get must get the item,
// the other ErrClosed: Close wakes every waiting Get.
func TestCloseWakesWaitingGets(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := New()
		results := testStartGets(q, 2)
		synctest.Wait()
		q.Put(1)
		q.Close()
		synctest.Wait()
		rs := testArrived(results)
		if len(rs) < 2 {
			t.Errorf("after Put(1) and Close, %d of the 2 waiting Gets returned: Close must wake every waiting Get", len(rs))
		} else if !(rs[0] == testResult{1, nil} && errors.Is(rs[1].err, ErrClosed) || rs[1] == testResult{1, nil} && errors.Is(rs[0].err, ErrClosed)) {
			t.Errorf("two Gets waiting, then Put(1) and Close: they returned %v, want one (1, nil) and one ErrClosed", rs)
		}
		for range 2 - len(rs) {
			<-results
		}
	})
}

// Several Gets wait on an empty queue; Close must wake every one of them, not
// just one, and each returns ErrClosed.
func TestCloseWakesEveryWaitingGet(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const waiters = 8
		q := New()
		results := testStartGets(q, waiters)
		synctest.Wait() // all 8 are waiting now
		q.Close()
		synctest.Wait()
		rs := testArrived(results)
		if len(rs) < waiters {
			t.Errorf("Close woke %d of the %d Gets waiting on an empty queue: Close must wake every waiting Get", len(rs), waiters)
		}
		for _, r := range rs {
			if !errors.Is(r.err, ErrClosed) {
				t.Errorf("a Get waiting on an empty queue returned (%d, %v) after Close, want ErrClosed", r.item, r.err)
			}
		}
		for range waiters - len(rs) {
			<-results
		}
	})
}
