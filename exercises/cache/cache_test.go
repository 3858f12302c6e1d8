package cache

// These tests use only the exported API, so that every correct fix passes: a
// map of entries with a done channel or a sync.Once under one mutex, a mutex
// per key, a sync.Cond, singleflight with a map, sync.Map's LoadOrStore. The
// fetch functions here count their calls per key, notice when two calls for
// one key overlap, and return a value that names the key and the call
// ("a#2"), so "fetched twice" and "returned another call's value" are facts
// the tests can see. A
// fetch can be told to wait until the test releases it: the Gets that come
// meanwhile must wait too (for that key) or must not (for any other key).
// No test relies on a Get being scheduled in time: a correct Get cannot
// return before the fetch it waits for, whatever the timing; a wrong one is
// caught as soon as one of 64 Gets gets to run within 50 ms. Only a gap of
// nanoseconds between looking a key up and claiming it is left to a crowd
// of Gets, which catches it in some of its rounds.

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
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

// testPatience is how long a test waits for something a correct Cache does in
// microseconds, even on a loaded machine, before it calls it a failure.
const testPatience = 2 * time.Second

// testErrFetch is what a fetch that fails returns, wrapped.
var testErrFetch = errors.New("fetch failed")

// testFetcher is a fetch function that counts its calls per key. A fetch of a
// key with a gate waits until the gate is closed; fails says which calls
// fail (nil: none).
type testFetcher struct {
	fails func(key string, call int) bool

	mu        sync.Mutex
	gates     map[string]chan struct{}
	started   map[string]chan struct{} // closed by the first call for the key
	calls     map[string]int           // calls begun
	running   map[string]int           // calls not yet returned
	overlaps  []string                 // keys fetched while a fetch of theirs ran
	succeeded map[string]int
}

func testNewFetcher(fails func(key string, call int) bool, gated ...string) *testFetcher {
	f := &testFetcher{
		fails:     fails,
		gates:     map[string]chan struct{}{},
		started:   map[string]chan struct{}{},
		calls:     map[string]int{},
		running:   map[string]int{},
		succeeded: map[string]int{},
	}
	for _, key := range gated {
		f.gates[key] = make(chan struct{})
		f.started[key] = make(chan struct{})
	}
	return f
}

func (f *testFetcher) fetch(key string) (string, error) {
	f.mu.Lock()
	f.calls[key]++
	call := f.calls[key]
	if f.running[key]++; f.running[key] > 1 {
		f.overlaps = append(f.overlaps, key)
	}
	gate := f.gates[key]
	if call == 1 && f.started[key] != nil {
		close(f.started[key])
	}
	f.mu.Unlock()
	if gate != nil {
		<-gate
	}
	runtime.Gosched() // a fetch takes a moment
	failed := f.fails != nil && f.fails(key, call)
	f.mu.Lock()
	f.running[key]--
	if !failed {
		f.succeeded[key]++
	}
	f.mu.Unlock()
	if failed {
		return "", fmt.Errorf("%s#%d: %w", key, call, testErrFetch)
	}
	return key + "#" + strconv.Itoa(call), nil
}

// callsOf returns how many calls of fetch(key) have begun.
func (f *testFetcher) callsOf(key string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[key]
}

// release closes key's gate: its fetches stop waiting.
func (f *testFetcher) release(key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	close(f.gates[key])
}

// waitStarted waits until fetch(key) has been called, and fails the test if
// it is not within patience.
func (f *testFetcher) waitStarted(t *testing.T, key string) bool {
	t.Helper()
	f.mu.Lock()
	started := f.started[key]
	f.mu.Unlock()
	select {
	case <-started:
		return true
	case <-time.After(testPatience):
		t.Errorf("Get(%q) was called on an empty Cache, and fetch(%q) had still not been called 2 s later: "+
			"the first Get for a key must call fetch", key, key)
		return false
	}
}

// testGetResult is what one Get returned.
type testGetResult struct {
	value string
	err   error
}

func (r testGetResult) String() string {
	if r.err != nil {
		return fmt.Sprintf("(%q, %v)", r.value, r.err)
	}
	return strconv.Quote(r.value)
}

// testGetAsync calls c.Get(key) in a new goroutine and sends what it returned.
func testGetAsync(c *Cache, key string) <-chan testGetResult {
	done := make(chan testGetResult, 1)
	go func() {
		v, err := c.Get(key)
		done <- testGetResult{v, err}
	}()
	return done
}

func TestGetFetchesOnceAndRemembers(t *testing.T) {
	f := testNewFetcher(nil)
	c := New(f.fetch)
	for i := range 3 {
		for _, key := range []string{"a", "b"} {
			v, err := c.Get(key)
			if err != nil || v != key+"#1" {
				t.Fatalf("Get(%q) call #%d returned (%q, %v), want (%q, nil): the first Get fetches, "+
					"and later Gets return the remembered value", key, i+1, v, err, key+"#1")
			}
		}
	}
	for _, key := range []string{"a", "b"} {
		if n := f.callsOf(key); n != 1 {
			t.Errorf("three Gets of %q, one after another, called fetch(%q) %d times, want once", key, key, n)
		}
	}
}

// One Get starts fetch("k"), which waits until the test releases it.
// Meanwhile 64 more Gets of "k" come. None may return before the fetch has,
// none may fetch "k" again, and once the fetch returns all 65 return its value.
func TestGetsThatComeDuringAFetchWaitForIt(t *testing.T) {
	const waiters = 64
	f := testNewFetcher(nil, "k")
	c := New(f.fetch)
	results := make(chan testGetResult, waiters+1)
	go func() { results <- <-testGetAsync(c, "k") }()
	if !f.waitStarted(t, "k") {
		f.release("k")
		<-results
		return
	}
	var arrived atomic.Int32
	for range waiters {
		go func() {
			arrived.Add(1)
			v, err := c.Get("k")
			results <- testGetResult{v, err}
		}()
	}
	for arrived.Load() < waiters {
		runtime.Gosched()
	}
	time.Sleep(50 * time.Millisecond) // a Get that does not wait returns in microseconds
	early := len(results)
	f.release("k")

	got := make([]testGetResult, 0, waiters+1)
	timeout := time.After(testPatience)
	for len(got) < waiters+1 {
		select {
		case r := <-results:
			got = append(got, r)
		case <-timeout:
			t.Fatalf("fetch(\"k\") had returned, but 2 s later only %d of the %d Gets of \"k\" had returned: "+
				"every Get waiting for a fetch must return once it has", len(got), waiters+1)
		}
	}
	if n := f.callsOf("k"); n != 1 {
		t.Errorf("one Get of \"k\" started fetch(\"k\") and %d more came while it ran: fetch(\"k\") was called %d times, "+
			"want once. A Get that comes while its key is fetched must wait for that fetch, not fetch again", waiters, n)
	}
	if early > 0 {
		t.Errorf("%d of the %d Gets of \"k\" that came while fetch(\"k\") ran returned before it had: "+
			"a Get that comes while its key is fetched must wait and return that fetch's value", early, waiters)
	}
	for _, r := range got {
		if r != (testGetResult{"k#1", nil}) {
			t.Errorf("a Get of \"k\" that came while fetch(\"k\") ran returned %v, want \"k#1\", the value of that fetch", r)
			break
		}
	}
}

// While fetch("slow") waits, a Get of a key already remembered and a Get of
// a key not yet fetched must both return: a slow fetch holds up only the
// Gets of its own key.
func TestSlowFetchHoldsUpNoOtherKey(t *testing.T) {
	f := testNewFetcher(nil, "slow")
	c := New(f.fetch)
	if v, err := c.Get("kept"); err != nil || v != "kept#1" {
		t.Fatalf("Get(\"kept\") on a new Cache returned (%q, %v), want (\"kept#1\", nil)", v, err)
	}
	slow := testGetAsync(c, "slow")
	if !f.waitStarted(t, "slow") {
		f.release("slow")
		<-slow
		return
	}
	defer func() { <-slow }()
	defer f.release("slow")
	for _, key := range []string{"kept", "new"} {
		select {
		case r := <-testGetAsync(c, key):
			if want := (testGetResult{key + "#1", nil}); r != want {
				t.Errorf("Get(%q) while fetch(\"slow\") ran returned %v, want %v", key, r, want)
			}
		case <-time.After(testPatience):
			t.Errorf("while fetch(\"slow\") was running, Get(%q) had not returned 2 s later: "+
				"a slow fetch holds up only the Gets of its own key", key)
			return // the release lets it return
		}
	}
}

// 1000 Gets of 1000 different keys, and each fetch waits until all 1000
// fetches are running. They all run at once, unless Get lets only some of
// them run at a time: one (a lock held while fetching), as many as the
// machine has cores, or a round number of them (a semaphore of 100).
func TestFetchesOfDifferentKeysRunAtOnce(t *testing.T) {
	const keys = 1000
	var inside atomic.Int32
	allIn, giveUp := make(chan struct{}), make(chan struct{})
	c := New(func(key string) (string, error) {
		if inside.Add(1) == keys {
			close(allIn)
		}
		select {
		case <-allIn:
		case <-giveUp:
		}
		return "value of " + key, nil
	})
	type wrong struct {
		key, value string
		err        error
	}
	results := make(chan *wrong, keys)
	for k := range keys {
		go func() {
			key := "key" + strconv.Itoa(k)
			if v, err := c.Get(key); err != nil || v != "value of "+key {
				results <- &wrong{key, v, err}
				return
			}
			results <- nil
		}()
	}
	select {
	case <-allIn:
	case <-time.After(testPatience):
		t.Errorf("%d Gets of %d different keys, and 2 s later only %d fetches were running at once, want all %d: "+
			"fetches of different keys run at the same time, not one after another", keys, keys, inside.Load(), keys)
		close(giveUp)
	}
	for range keys {
		if w := <-results; w != nil {
			t.Errorf("Get(%q) returned (%q, %v), want (%q, nil)", w.key, w.value, w.err, "value of "+w.key)
		}
	}
}

// fetch("bad") always fails, and its first call waits until the test
// releases it; meanwhile 32 more Gets of "bad" come. They wait for that call
// (fetch("bad") is not called again while it runs), and then return its
// error or fetch again themselves, which fails too.
func TestGetsDuringAFailingFetchWaitForIt(t *testing.T) {
	const waiters = 32
	f := testNewFetcher(func(string, int) bool { return true }, "bad")
	c := New(f.fetch)
	results := make(chan testGetResult, waiters+1)
	go func() { results <- <-testGetAsync(c, "bad") }()
	if !f.waitStarted(t, "bad") {
		f.release("bad")
		<-results
		return
	}
	var arrived atomic.Int32
	for range waiters {
		go func() {
			arrived.Add(1)
			v, err := c.Get("bad")
			results <- testGetResult{v, err}
		}()
	}
	for arrived.Load() < waiters {
		runtime.Gosched()
	}
	time.Sleep(50 * time.Millisecond) // a Get that does not wait calls fetch in microseconds
	calls := f.callsOf("bad")
	f.release("bad")
	for range waiters + 1 {
		select {
		case r := <-results:
			if !errors.Is(r.err, testErrFetch) {
				t.Errorf("every fetch(\"bad\") fails, yet a Get of \"bad\" returned %v, want the error of fetch", r)
			}
		case <-time.After(testPatience):
			t.Fatalf("fetch(\"bad\") had failed, but 2 s later a Get of \"bad\" had not returned: " +
				"a Get waiting for a fetch that fails must return its error, or fetch again itself")
		}
	}
	if calls != 1 {
		t.Errorf("while fetch(\"bad\") ran, %d more Gets of \"bad\" came and fetch(\"bad\") was called %d times, "+
			"want once: a Get that comes while its key is fetched waits for that fetch, even one that fails", waiters, calls)
	}
}

// A failed fetch is not remembered: the next Get calls fetch again, and once
// a fetch succeeds its value is remembered.
func TestFailedFetchIsNotRemembered(t *testing.T) {
	f := testNewFetcher(func(_ string, call int) bool { return call == 1 })
	c := New(f.fetch)
	if v, err := c.Get("k"); !errors.Is(err, testErrFetch) {
		t.Fatalf("Get(\"k\") returned (%q, %v) when fetch(\"k\") failed, want the error of fetch", v, err)
	}
	for range 2 {
		if v, err := c.Get("k"); err != nil || v != "k#2" {
			t.Fatalf("after a failed fetch(\"k\"), Get(\"k\") returned (%q, %v), want (\"k#2\", nil): "+
				"a failure is not remembered, so the next Get fetches again, and that value is remembered", v, err)
		}
	}
	if n := f.callsOf("k"); n != 2 {
		t.Errorf("a failed Get(\"k\") and two more called fetch(\"k\") %d times, want twice", n)
	}
}

// A crowd: 32 goroutines each Get keys "0" to "7" in a different order, on a
// new Cache whose first fetch of every key fails, round after round. Per key,
// fetch never runs twice at once and succeeds at most once, and every Get
// returns that key's error or its one value. A Get that looks a key up in
// one critical section and claims it in another lets a second Get through
// only when the two overlap within nanoseconds; a crowd fighting for the
// lock makes that happen, in some rounds, when goroutines run in parallel.
func TestCrowdOfGetsWithFailures(t *testing.T) {
	const rounds, goroutines, keys = 60, 32, 8
	for range rounds {
		f := testNewFetcher(func(_ string, call int) bool { return call == 1 })
		c := New(f.fetch)
		start := make(chan struct{})
		type wrong struct {
			key, value string
			err        error
		}
		wrongs := make([]*wrong, goroutines) // the first wrong result each goroutine got
		var wg sync.WaitGroup
		for g := range goroutines {
			wg.Go(func() {
				<-start
				for i := range 2 * keys {
					key := strconv.Itoa((g + i) % keys)
					v, err := c.Get(key)
					if err != nil && !strings.HasPrefix(err.Error(), key+"#1:") || err == nil && v != key+"#2" {
						if wrongs[g] == nil {
							wrongs[g] = &wrong{key, v, err}
						}
					}
				}
			})
		}
		close(start)
		wg.Wait()
		f.mu.Lock()
		overlaps, succeeded := f.overlaps, f.succeeded
		f.mu.Unlock()
		if len(overlaps) > 0 {
			t.Fatalf("fetch(%q) was called while another fetch(%q) was still running: a Get that comes while its key "+
				"is fetched must wait for that fetch", overlaps[0], overlaps[0])
		}
		for key, n := range succeeded {
			if n > 1 {
				t.Fatalf("fetch(%q) succeeded %d times: once a fetch has succeeded, Get must return its value without fetching again", key, n)
			}
		}
		for _, w := range wrongs {
			if w != nil {
				t.Fatalf("Get(%q) returned (%q, %v), want the error of the first fetch(%q), which fails, or %q, the value of the second",
					w.key, w.value, w.err, w.key, w.key+"#2")
			}
		}
	}
}
