package bounded

// These tests use only the exported API, so that every correct design
// passes: one sync.Cond with Broadcast, two Conds (notFull, notEmpty) with
// Signal, a buffered channel, channels as semaphores, ... Before a test acts
// on goroutines that should be waiting in Put or Get, it makes sure they
// are: settle reads the stacks of the goroutines this test started and
// returns once none of them is running. That makes "two Gets wait, one Put
// comes" a fact, not a guess about timing, whatever the Gets wait on (a
// Cond, a channel, a mutex, a sleep), so a lost wake-up is caught every
// time it can happen. A correct buffer never depends on timing to pass:
// settle only makes mistakes show, and the watchdogs that report a
// goroutine still waiting give 2 s to what takes microseconds.

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testCalls runs Puts and Gets in goroutines of their own and collects what
// they return.
type testCalls struct {
	b        *Buffer
	putsDone chan int // the value of each Put that has returned
	got      chan int // the value each Get returned
	wg       sync.WaitGroup
}

func testNewCalls(b *Buffer) *testCalls {
	return &testCalls{b: b, putsDone: make(chan int, 512), got: make(chan int, 512)}
}

// put starts Put(v) for each v, at once.
func (c *testCalls) put(vs ...int) {
	for _, v := range vs {
		c.start(func() {
			c.b.Put(v)
			c.putsDone <- v
		})
	}
}

// get starts n Gets, at once.
func (c *testCalls) get(n int) {
	for range n {
		c.start(func() { c.got <- c.b.Get() })
	}
}

// start runs f in a goroutine of its own, one that settle watches.
func (c *testCalls) start(f func()) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		f()
	}()
}

// testSettle returns once no goroutine started by calls is running: each has
// returned or is blocked (in Put or Get, on whatever they wait on). A
// design that never blocks (it spins) is waited for up to 200 ms once, and
// after that only given a millisecond: the tests never need settle to be
// right, only to be likely, for a correct buffer to pass.
func testSettle() {
	if testSpinning.Load() {
		time.Sleep(time.Millisecond)
		return
	}
	deadline := time.Now().Add(200 * time.Millisecond)
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n == len(buf) {
			buf = make([]byte, 2*len(buf))
			continue
		}
		if !testAnyRunning(string(buf[:n])) {
			return
		}
		if time.Now().After(deadline) {
			testSpinning.Store(true)
			return
		}
		time.Sleep(20 * time.Microsecond)
	}
}

// testSpinning is set once settle has found goroutines that never block.
var testSpinning atomic.Bool

// testAnyRunning reports whether a goroutine of calls is running or runnable in
// the dump: its stack, or its "created by" line (all a goroutine running on
// another thread shows), names calls.start.
func testAnyRunning(dump string) bool {
	for _, g := range strings.Split(dump, "\n\n") {
		header, _, _ := strings.Cut(g, "\n")
		if !strings.Contains(g, "bounded.(*calls).start") || strings.Contains(g, "bounded.settle(") {
			continue
		}
		if _, state, ok := strings.Cut(header, "["); ok &&
			(strings.HasPrefix(state, "running") || strings.HasPrefix(state, "runnable")) {
			return true
		}
	}
	return false
}

// testNext waits for the next value on ch, at most 2 s (a correct buffer takes
// microseconds); ok is false if none came.
func testNext(ch chan int) (v int, ok bool) {
	select {
	case v := <-ch:
		return v, true
	case <-time.After(2 * time.Second):
		return 0, false
	}
}

// testReady returns the values already on ch, without waiting.
func testReady(ch chan int) []int {
	var vs []int
	for {
		select {
		case v := <-ch:
			vs = append(vs, v)
		default:
			return vs
		}
	}
}

// Put into a buffer with room returns at once, and Get gives the items back
// in the order they were put.
func TestPutThenGetIsFIFO(t *testing.T) {
	b := New(3)
	c := testNewCalls(b)
	c.start(func() {
		for _, v := range []int{1, 2, 3} {
			b.Put(v)
		}
		c.putsDone <- 3
	})
	if _, ok := testNext(c.putsDone); !ok {
		t.Fatalf("Put(1), Put(2), Put(3) into an empty buffer of capacity 3 had not all returned after 2 s: " +
			"Put waits only while the buffer is full")
	}
	for _, want := range []int{1, 2, 3} {
		c.get(1)
		v, ok := testNext(c.got)
		if !ok {
			t.Fatalf("a Get on a buffer holding %d items had not returned after 2 s: Get waits only while the "+
				"buffer is empty", 4-want)
		}
		if v != want {
			t.Fatalf("Get after Put(1), Put(2), Put(3) returned %d, want %d: first in, first out", v, want)
		}
	}
	c.wg.Wait()
}

// Put waits while the buffer is full, and the Get that makes room wakes it.
func TestPutWaitsWhileFullAndGetWakesIt(t *testing.T) {
	b := New(2)
	c := testNewCalls(b)
	c.start(func() {
		b.Put(1)
		b.Put(2)
		c.putsDone <- 2
	})
	if _, ok := testNext(c.putsDone); !ok {
		t.Fatalf("Put(1), Put(2) into an empty buffer of capacity 2 had not both returned after 2 s: " +
			"Put waits only while the buffer is full")
	}
	c.put(3)
	testSettle() // Put(3) waits now
	if done := testReady(c.putsDone); len(done) > 0 {
		t.Fatalf("Put(3) into a buffer of capacity 2 that held 1 and 2 returned before any Get: Put must wait " +
			"while the buffer is full")
	}
	for _, want := range []int{1, 2, 3} {
		c.get(1)
		v, ok := testNext(c.got)
		if !ok {
			t.Fatalf("a Get on a buffer that held items had not returned after 2 s: Get waits only while the " +
				"buffer is empty")
		}
		if v != want {
			t.Fatalf("Get on a buffer that was given 1, 2, 3 returned %d, want %d: first in, first out", v, want)
		}
	}
	if _, ok := testNext(c.putsDone); !ok {
		t.Fatalf("Put(3) was still waiting after a Get made room: a Get must wake a Put that waits for room")
	}
	c.wg.Wait()
}

// Get waits while the buffer is empty, and the Put that brings an item
// wakes it.
func TestGetWaitsWhileEmptyAndPutWakesIt(t *testing.T) {
	b := New(2)
	c := testNewCalls(b)
	c.get(1)
	testSettle() // the Get waits now
	if got := testReady(c.got); len(got) > 0 {
		t.Fatalf("Get on an empty buffer returned %d before any Put: Get must wait while the buffer is empty", got[0])
	}
	c.put(7)
	v, ok := testNext(c.got)
	if !ok {
		t.Fatalf("the Get waiting on an empty buffer was still waiting 2 s after Put(7): a Put must wake a Get " +
			"that waits for an item")
	}
	if v != 7 {
		t.Fatalf("the Get waiting on an empty buffer returned %d after Put(7), want 7", v)
	}
	c.wg.Wait()
}

// Two Gets wait on an empty buffer; one Put brings one item. One Get gets
// it, and the other must go on waiting: whoever wakes it, it must look
// again before it takes. A second Put then wakes it.
func TestOneItemWakesOnlyOneOfTwoWaitingGets(t *testing.T) {
	b := New(1)
	c := testNewCalls(b)
	c.get(2)
	testSettle()
	c.put(10)
	first, ok := testNext(c.got)
	if !ok {
		t.Fatalf("Put(10) with two Gets waiting on an empty buffer woke neither of them")
	}
	testSettle()
	if got := testReady(c.got); len(got) > 0 {
		t.Fatalf("Put(10) with two Gets waiting: they returned %d and %d, but only one item was put. A woken Get "+
			"must check again that there is an item, and wait again if not", first, got[0])
	}
	c.put(20)
	second, ok := testNext(c.got)
	if !ok {
		t.Fatalf("after Put(10) and Put(20), one of two waiting Gets was still waiting: a wake-up was lost")
	}
	if first+second != 30 {
		t.Errorf("two waiting Gets, then Put(10) and Put(20): the Gets returned %d and %d, want 10 and 20", first, second)
	}
	c.wg.Wait()
}

// Two Puts wait on a full buffer of capacity 1; one Get makes room for
// one item. One Put may go on, and the other must go on waiting: the buffer
// never holds more than its capacity.
func TestOneFreeSlotWakesOnlyOneOfTwoWaitingPuts(t *testing.T) {
	b := New(1)
	b.Put(1) // full now
	c := testNewCalls(b)
	c.put(2, 3)
	testSettle()
	c.get(1)
	if v, ok := testNext(c.got); !ok {
		t.Fatalf("Get on a full buffer had not returned after 2 s: Get waits only while the buffer is empty")
	} else if v != 1 {
		t.Fatalf("Get on a full buffer holding 1 returned %d, want 1", v)
	}
	if _, ok := testNext(c.putsDone); !ok {
		t.Fatalf("a Get made room in a full buffer, and neither of the two waiting Puts went on: a wake-up was lost")
	}
	testSettle()
	if done := testReady(c.putsDone); len(done) > 0 {
		t.Fatalf("a buffer of capacity 1 was full, two Puts waited, and one Get made room: both Puts returned, so " +
			"the buffer held 2 items. A woken Put must check again that there is room, and wait again if not")
	}
	var got []int
	for range 2 {
		c.get(1)
		v, ok := testNext(c.got)
		if !ok {
			t.Fatalf("with one Put still waiting on a full buffer, a Get made room and the Put never went on: " +
				"a wake-up was lost")
		}
		got = append(got, v)
	}
	if slices.Sort(got); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("after Put(2) and Put(3) waited on a full buffer, Gets returned %v, want 2 and 3", got)
	}
	c.wg.Wait()
}

// Two Gets wait on an empty buffer of capacity 2, and one goroutine puts two
// items back to back (and the other way round: two Puts wait on a full
// buffer, and one goroutine takes two items), 20 times over. Both waiters
// must go on. A Put that signals only when the buffer was empty wakes one
// Get for the first item and nobody for the second.
func TestTwoInARowWakeTwoWaiters(t *testing.T) {
	for round := range 20 {
		b := New(2)
		c := testNewCalls(b)
		c.get(2)
		testSettle() // both Gets wait
		c.start(func() {
			b.Put(round)
			b.Put(round + 100)
		})
		for range 2 {
			if _, ok := testNext(c.got); !ok {
				t.Fatalf("two Gets waited on an empty buffer of capacity 2, and two Puts came one after the " +
					"other: one Get was still waiting 2 s later, next to an item. Every Put must wake a waiting Get")
			}
		}
		c.wg.Wait()

		b.Put(1)
		b.Put(2) // full
		c.put(3, 4)
		testSettle() // both Puts wait
		c.start(func() {
			c.got <- b.Get()
			c.got <- b.Get()
		})
		for range 2 {
			if _, ok := testNext(c.putsDone); !ok {
				t.Fatalf("two Puts waited on a full buffer of capacity 2, and two Gets came one after the " +
					"other: one Put was still waiting 2 s later, next to a free slot. Every Get must wake a waiting Put")
			}
		}
		for range 2 {
			c.get(1)
		}
		c.wg.Wait()
		testReady(c.got)
	}
}

// Many Gets wait on an empty buffer, then as many Puts come at once (and
// the other way round: Puts wait on a full buffer, then Gets come). With one
// Cond for both kinds, a Signal meant for a Get can wake a Put that only
// goes back to sleep, and everyone waits for a wake-up that was lost.
func TestManyWaitingAtOnceAllFinish(t *testing.T) {
	const rounds, n = 10, 8
	for round := range rounds {
		for _, getsFirst := range []bool{true, false} {
			c := testNewCalls(New(1))
			var want []int
			for i := range n {
				want = append(want, round*100+i)
			}
			if getsFirst {
				c.get(n)
				testSettle() // n Gets wait on the empty buffer
				c.put(want...)
			} else {
				want = append(want, round*100+n)
				c.put(want[n])
				testSettle()
				c.put(want[:n]...)
				testSettle() // n Puts wait on the full buffer
				c.get(n + 1)
			}
			var got []int
			for len(got) < len(want) {
				v, ok := testNext(c.got)
				if !ok {
					t.Fatalf("%d Gets and %d Puts met on a buffer of capacity 1, and after 2 s only %d items had "+
						"come out while the rest waited, with an item or a free slot there for them: a wake-up was "+
						"lost. A Signal can wake a goroutine of the wrong kind, which goes back to sleep; wake every "+
						"waiter, or give each kind its own sync.Cond", len(want), len(want), len(got))
				}
				got = append(got, v)
			}
			c.wg.Wait()
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("%d Gets and %d Puts met on a buffer of capacity 1: the Gets returned %v, want %v: each "+
					"item put comes out once", len(want), len(want), got, want)
			}
		}
	}
}

// A Get waits on an empty buffer; then a Put and a second Get come at the
// same moment, 30 times over. Either Get may get the item, but only one:
// the other waits until the next Put. A Get woken for the item can find
// that the other Get came first and took it.
func TestGetsRacingForOneItem(t *testing.T) {
	for round := range 30 {
		b := New(1)
		c := testNewCalls(b)
		c.get(1)
		testSettle()
		start := make(chan struct{})
		c.start(func() { <-start; b.Put(round) })
		c.start(func() { <-start; c.got <- b.Get() })
		close(start)
		if _, ok := testNext(c.got); !ok {
			t.Fatalf("two Gets and one Put on an empty buffer: neither Get returned")
		}
		testSettle()
		if got := testReady(c.got); len(got) > 0 {
			t.Fatalf("one Put and two Gets at once: both Gets returned (the second with %d), but only one item "+
				"was put. A woken Get must check again that there is an item, and wait again if not", got[0])
		}
		b.Put(-1)
		if _, ok := testNext(c.got); !ok {
			t.Fatalf("a Get kept waiting after the second Put: a wake-up was lost")
		}
		c.wg.Wait()
	}
}

// A Put waits on a full buffer of capacity 1; then a Get and a second Put
// come at the same moment, 30 times over. Either Put may go on, but only
// one: the buffer never holds two items. A Put woken for the free slot can
// find that the other Put came first and filled it.
func TestPutsRacingForOneSlot(t *testing.T) {
	for round := range 30 {
		b := New(1)
		c := testNewCalls(b)
		b.Put(-1)
		c.put(round)
		testSettle()
		start := make(chan struct{})
		c.start(func() { <-start; c.got <- b.Get() })
		c.start(func() { <-start; b.Put(round + 1000); c.putsDone <- round + 1000 })
		close(start)
		if _, ok := testNext(c.putsDone); !ok {
			t.Fatalf("a Get made room in a full buffer and neither of two Puts went on: a wake-up was lost")
		}
		if _, ok := testNext(c.got); !ok {
			t.Fatalf("Get on a full buffer did not return")
		}
		testSettle()
		if done := testReady(c.putsDone); len(done) > 0 {
			t.Fatalf("a buffer of capacity 1 was full, a Put waited, and a Get and a second Put came at once: both " +
				"Puts returned, so the buffer held 2 items. A woken Put must check again that there is room")
		}
		for range 2 {
			c.get(1)
			if _, ok := testNext(c.got); !ok {
				t.Fatalf("a Get on a buffer that should hold an item did not return, or a waiting Put was never woken")
			}
		}
		c.wg.Wait()
	}
}

// A crowd of 256 Puts, released at once, meets an empty buffer of
// capacity 64 with no Get anywhere, 8 times over: at most 64 may return.
// Then a crowd of 256 Gets meets a buffer holding 64 items with no Put
// anywhere: at most 64 may return. A Put that finds room in one critical
// section and appends in another (or a Get that finds an item, and takes
// it, in two) lets a crowd through the gap, and the buffer holds too much,
// or gives out what it does not hold. That gap is a few nanoseconds wide,
// so this test catches it by repetition, not every time: a crowd this big
// sometimes keeps goroutines queued on the mutex long enough that
// sync.Mutex hands it to them in order, and then one gets into the gap.
func TestCrowdsTakeOnlyWhatIsThere(t *testing.T) {
	const rounds, crowd, capacity = 8, 256, 64
	for round := range rounds {
		b := New(capacity)
		c := testNewCalls(b)
		start := make(chan struct{})
		var arrived atomic.Int64
		for i := range crowd {
			c.start(func() {
				<-start
				arrived.Add(1)
				b.Put(round<<8 | i)
				c.putsDone <- i
			})
		}
		close(start)
		for arrived.Load() < crowd {
			runtime.Gosched()
		}
		testSettle() // every Put has returned or waits
		if done := testReady(c.putsDone); len(done) > capacity {
			t.Fatalf("%d Puts at once on an empty buffer of capacity %d, and no Get: %d returned, so the buffer "+
				"held more than its capacity. A Put must find room and append in one critical section", crowd,
				capacity, len(done))
		}
		c.get(crowd) // take every item, which lets the other Puts go on
		for range crowd {
			if _, ok := testNext(c.got); !ok {
				t.Fatalf("a crowd of Gets took the items of a crowd of Puts, and 2 s later some still waited: " +
					"a wake-up was lost")
			}
		}
		c.wg.Wait()
		testReady(c.putsDone)

		for i := range capacity {
			b.Put(i)
		}
		start = make(chan struct{})
		arrived.Store(0)
		for range crowd {
			c.start(func() {
				<-start
				arrived.Add(1)
				c.got <- b.Get()
			})
		}
		close(start)
		for arrived.Load() < crowd {
			runtime.Gosched()
		}
		testSettle() // every Get has returned or waits
		if got := testReady(c.got); len(got) > capacity {
			t.Fatalf("%d Gets at once on a buffer holding %d items, and no Put: %d returned, so some took an "+
				"item that was not there. A Get must find an item and take it in one critical section", crowd,
				capacity, len(got))
		}
		for i := range crowd - capacity {
			b.Put(i) // lets the other Gets go on
		}
		c.wg.Wait()
		testReady(c.got)
	}
}

// Eight producers put 200 items each, eight consumers take them, through a
// buffer of capacity 2. Every item comes out exactly once, those of one
// producer in order (as one consumer sees them), and no Put returns while
// the buffer holds more than 2: at any moment, the Puts that have returned
// minus the Gets that have started is at most the capacity.
func TestProducersAndConsumersThroughASmallBuffer(t *testing.T) {
	const producers, consumers, each, capacity = 8, 8, 200, 2
	b := New(capacity)
	var putsReturned, getsStarted atomic.Int64
	var overfull atomic.Int64
	var wg sync.WaitGroup
	for p := range producers {
		wg.Go(func() {
			for i := range each {
				b.Put(p<<16 | i)
				if n := putsReturned.Add(1) - getsStarted.Load(); n > capacity {
					overfull.Store(n)
				}
			}
		})
	}
	got := make([][]int, consumers)
	for c := range consumers {
		wg.Go(func() {
			for range producers * each / consumers {
				getsStarted.Add(1)
				got[c] = append(got[c], b.Get())
			}
		})
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(5 * time.Second):
		t.Fatalf("%d producers and %d consumers through a buffer of capacity %d: after 5 s, %d of %d Puts had "+
			"returned and the rest waited: a wake-up was lost", producers, consumers, capacity,
			putsReturned.Load(), producers*each)
	}
	if n := overfull.Load(); n > 0 {
		t.Errorf("a Put returned while the buffer held at least %d items, more than its capacity %d", n, capacity)
	}
	seen := make(map[int]int)
	for c, items := range got {
		last := make([]int, producers)
		for i := range last {
			last[i] = -1
		}
		for _, v := range items {
			seen[v]++
			p, i := v>>16, v&(1<<16-1)
			if p < 0 || p >= producers || i >= each {
				t.Fatalf("consumer %d got %d, which no producer put", c, v)
			}
			if i <= last[p] {
				t.Fatalf("consumer %d got item %d of producer %d after its item %d: first in, first out", c, i, p, last[p])
			}
			last[p] = i
		}
	}
	var wrong []string
	for p := range producers {
		for i := range each {
			if k := seen[p<<16|i]; k != 1 {
				wrong = append(wrong, fmt.Sprintf("producer %d's item %d came out %d times", p, i, k))
			}
		}
	}
	if len(wrong) > 0 {
		t.Errorf("%d items came out wrong: %s", len(wrong), strings.Join(wrong[:min(len(wrong), 5)], "; "))
	}
}
