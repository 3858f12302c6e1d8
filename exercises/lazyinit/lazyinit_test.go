package lazyinit

// These tests use only the exported API, so that every correct fix passes:
// sync.Once, sync.OnceValue, a mutex held while load runs, an atomic pointer
// with a compare-and-swap and a channel to wait on. The load functions here
// count their calls, and each call returns a new *Config, so "load ran twice"
// and "this Get returned another call's Config" are facts the tests can see.
// A load can also be told to wait until the test releases it: the Gets that
// come meanwhile must wait too, and those that return before the release
// are counted. No test relies on a Get waiting to be scheduled in time: a
// correct Get cannot return before load has, whatever the timing; a wrong
// one is caught as soon as one of 64 Gets gets to run within 50 ms.

import (
	"runtime"
	"strconv"
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

// testPatience is how long a test waits for something a correct Lazy does in
// microseconds, even on a loaded machine, before it calls it a failure.
const testPatience = 2 * time.Second

// testLoader is a load function that counts its calls and remembers what each
// returned. If release is not nil, every call waits until it is closed.
type testLoader struct {
	name     string
	release  chan struct{}
	started  chan struct{} // closed by the first call
	start    sync.Once
	mu       sync.Mutex
	returned []*Config // what each call returned, in order
}

func testNewLoader(name string, waits bool) *testLoader {
	ld := &testLoader{name: name, started: make(chan struct{})}
	if waits {
		ld.release = make(chan struct{})
	}
	return ld
}

// load builds a Config step by step, the way a real load fills in its
// settings, so a caller handed a Config too early could see it half built.
func (ld *testLoader) load() *Config {
	ld.start.Do(func() { close(ld.started) })
	if ld.release != nil {
		<-ld.release
	}
	c := &Config{Values: map[string]string{}}
	runtime.Gosched()
	ld.mu.Lock()
	ld.returned = append(ld.returned, c)
	c.Values["id"] = ld.name + "#" + strconv.Itoa(len(ld.returned))
	ld.mu.Unlock()
	c.Values["ready"] = "yes"
	return c
}

// calls returns what the calls of load so far have returned.
func (ld *testLoader) calls() []*Config {
	ld.mu.Lock()
	defer ld.mu.Unlock()
	return append([]*Config(nil), ld.returned...)
}

// waitStarted waits until load has been called, and fails the test if it is
// not within patience.
func (ld *testLoader) waitStarted(t *testing.T) bool {
	t.Helper()
	select {
	case <-ld.started:
		return true
	case <-time.After(testPatience):
		t.Errorf("Get was called on a new Lazy, and load had still not been called 2 s later: the first Get must call load")
		return false
	}
}

// testNewLazy calls New in another goroutine, so that a New that calls a load
// which waits fails the test instead of hanging it.
func testNewLazy(t *testing.T, ld *testLoader) *Lazy {
	t.Helper()
	made := make(chan *Lazy, 1)
	go func() { made <- New(ld.load) }()
	select {
	case l := <-made:
		return l
	case <-ld.started:
		close(ld.release)
		<-made
		t.Fatalf("New called load: a Lazy loads its Config on the first Get, not before")
		return nil
	}
}

// testDescribe says which call of load returned c, for failure messages:
// "slow#2" is what the second call of the loader named slow returned.
func testDescribe(c *Config) string {
	switch {
	case c == nil:
		return "nil"
	case c.Values["ready"] != "yes":
		return c.Values["id"] + " (half built)"
	}
	return c.Values["id"]
}

func TestNewDoesNotLoadAndGetLoadsOnce(t *testing.T) {
	ld := testNewLoader("load", false)
	l := New(ld.load)
	if n := len(ld.calls()); n != 0 {
		t.Fatalf("New called load %d times: a Lazy loads its Config on the first Get, not before", n)
	}
	first := l.Get()
	calls := ld.calls()
	if len(calls) != 1 || first != calls[0] {
		t.Fatalf("the first Get called load %d times and returned %s, want one call and its Config, load#1", len(calls), testDescribe(first))
	}
	for range 3 {
		if c := l.Get(); c != first {
			t.Fatalf("a later Get returned %s, want load#1, the Config of the first load: load runs once, and every Get returns its result", testDescribe(c))
		}
	}
	if n := len(ld.calls()); n != 1 {
		t.Errorf("three more Gets after the first made load run %d times in all, want once", n)
	}
}

// New must not load, also not in a goroutine of its own that it starts and
// leaves to run: in a testing/synctest bubble, synctest.Wait returns only
// once every goroutine New started has run as far as it can, so a load
// started behind New's back is seen every time, however it is scheduled.
func TestNewLoadsNothingInTheBackground(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var calls atomic.Int32
		l := New(func() *Config {
			calls.Add(1)
			return &Config{}
		})
		synctest.Wait()
		if n := calls.Load(); n != 0 {
			t.Fatalf("New returned, and before any Get load had been called %d times: a Lazy loads its Config on the first Get, not before, also not in a goroutine New starts", n)
		}
		l.Get()
		if n := calls.Load(); n != 1 {
			t.Errorf("after New and one Get, load had been called %d times, want once", n)
		}
	})
}

// One Get starts load, which waits until the test releases it. Meanwhile 64
// more Gets come. None may return before load has (a Get that returned then
// could only return nil, or a Config that is not load's finished result),
// and none may call load again. Once load returns, all 65 return its Config.
func TestGetsThatComeDuringLoadWaitForIt(t *testing.T) {
	const waiters = 64
	ld := testNewLoader("load", true)
	l := testNewLazy(t, ld)
	results := make(chan *Config, waiters+1)
	go func() { results <- l.Get() }()
	if !ld.waitStarted(t) {
		close(ld.release)
		<-results
		return
	}
	var arrived atomic.Int32
	for range waiters {
		go func() {
			arrived.Add(1)
			results <- l.Get()
		}()
	}
	for arrived.Load() < waiters {
		runtime.Gosched()
	}
	time.Sleep(50 * time.Millisecond) // a Get that does not wait returns in microseconds
	early := len(results)
	close(ld.release)

	got := make([]*Config, 0, waiters+1)
	timeout := time.After(testPatience)
	for len(got) < waiters+1 {
		select {
		case c := <-results:
			got = append(got, c)
		case <-timeout:
			t.Fatalf("load had returned, but 2 s later only %d of the %d Gets had returned: every Get waiting for load must return once it has", len(got), waiters+1)
		}
	}
	calls := ld.calls()
	if len(calls) != 1 {
		t.Errorf("one Get started load and %d more came while it ran: load was called %d times, want once. "+
			"A Get that comes while load runs must wait for it, not load again", waiters, len(calls))
	}
	if early > 0 {
		t.Errorf("%d of the %d Gets that came while load was running returned before load had: "+
			"a Get that comes while load runs must wait for it and return its Config", early, waiters)
	}
	if len(calls) > 0 {
		for _, c := range got {
			if c != calls[0] {
				t.Errorf("a Get that came while load was running returned %s, want load#1, the Config that the first load returned", testDescribe(c))
				break
			}
		}
	}
}

// Rounds of 16 Gets released at once on a new Lazy, with a load that is
// quick: exactly one of them loads, and all of them return its Config.
func TestManyGetsAtOnceShareOneLoad(t *testing.T) {
	const rounds, goroutines = 50, 16
	for range rounds {
		ld := testNewLoader("load", false)
		l := New(ld.load)
		start := make(chan struct{})
		got := make([]*Config, goroutines)
		var wg sync.WaitGroup
		for i := range goroutines {
			wg.Go(func() {
				<-start
				got[i] = l.Get()
			})
		}
		close(start)
		wg.Wait()
		calls := ld.calls()
		if len(calls) != 1 {
			t.Fatalf("%d Gets called at once on a new Lazy made load run %d times, want once", goroutines, len(calls))
		}
		for _, c := range got {
			if c != calls[0] {
				t.Fatalf("of %d Gets called at once on a new Lazy, one returned %s, want load#1, the Config that load returned", goroutines, testDescribe(c))
			}
		}
	}
}

// Two Gets on a new Lazy at the same instant, on a row of Lazys: exactly one
// of them loads. A Get that finds the Config missing in one step and loads
// in another (look under RLock, then Lock and load without looking again)
// lets both through only when the two overlap within nanoseconds, so two
// goroutines meet at each Lazy and call together (testMeetAt), row after row
// until they have met at 300 Lazys (or for 100 ms, when the machine is too
// busy to run them at once; 10 ms with GOMAXPROCS=1, where they never do).
func TestTwoGetsAtTheSameInstantLoadOnce(t *testing.T) {
	const row = 50
	begin, limit := time.Now(), 100*time.Millisecond
	if runtime.GOMAXPROCS(0) == 1 {
		limit = 10 * time.Millisecond
	}
	for meetings := 0; meetings < 300 && time.Since(begin) < limit; {
		loaders := make([]*testLoader, row)
		lazys := make([]*Lazy, row)
		for i := range lazys {
			loaders[i] = testNewLoader("load", false)
			lazys[i] = New(loaders[i].load)
		}
		var got [2][row]*Config
		meetings += testMeetAt(row, 2, func(i, g int) { got[g][i] = lazys[i].Get() })
		for i, ld := range loaders {
			calls := ld.calls()
			if len(calls) != 1 {
				t.Fatalf("two Gets called at the same instant on a new Lazy made load run %d times, want once", len(calls))
			}
			for g := range got {
				if got[g][i] != calls[0] {
					t.Fatalf("of two Gets called at the same instant on a new Lazy, one returned %s, want load#1, the Config that load returned", testDescribe(got[g][i]))
				}
			}
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

// Each Lazy loads its own Config. While one Lazy's load waits, Get on another
// Lazy must load that one's Config and return, not wait in line.
func TestOneLazysLoadHoldsUpNoOther(t *testing.T) {
	slowLd := testNewLoader("slow", true)
	slow := testNewLazy(t, slowLd)
	slowDone := make(chan *Config, 1)
	go func() { slowDone <- slow.Get() }()
	if !slowLd.waitStarted(t) {
		close(slowLd.release)
		<-slowDone
		return
	}
	fastLd := testNewLoader("other", false)
	fast := New(fastLd.load)
	fastDone := make(chan *Config, 1)
	go func() { fastDone <- fast.Get() }()
	select {
	case c := <-fastDone:
		if calls := fastLd.calls(); len(calls) != 1 || c != calls[0] {
			t.Errorf("while another Lazy's load was running, Get on a new Lazy returned %s after calling its load %d times, "+
				"want one call and its Config, other#1: each Lazy loads its own Config", testDescribe(c), len(calls))
		}
	case <-time.After(testPatience):
		t.Errorf("while one Lazy's load was running, Get on another Lazy had not returned 2 s later: " +
			"each Lazy loads its own Config and waits for no other")
		close(slowLd.release)
		<-fastDone
		<-slowDone
		return
	}
	close(slowLd.release)
	if c := <-slowDone; testDescribe(c) != "slow#1" {
		t.Errorf("Get on the Lazy with the slow load returned %s, want slow#1, the Config of its own load", testDescribe(c))
	}
}
