package cancel

// These tests use only the exported API, so that every correct fix passes:
// errgroup.WithContext, context.WithCancel or WithCancelCause with a
// WaitGroup, a channel of results drained to the end, ... Tests whose
// fetches return on their own run in a testing/synctest bubble, where time
// is a fake clock and synctest.Wait returns once every goroutine is blocked:
// "all the fetches are running" and "FetchAll has not returned yet" are
// facts there, not guesses about timing. Tests where the first error, or
// the caller, must stop fetches that wait for their context run in real
// time, with fetches that also give up when the test tells them to, so
// that a FetchAll that cancels nothing fails with a sentence instead of
// hanging; a goroutine left blocked forever inside a bubble would end it
// with a panic instead. They ask goleak, after FetchAll, whether any
// goroutine it started is still alive.

import (
	"context"
	"errors"
	"slices"
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

// testSlow is how long, in real time, a call that must return at once may
// take here: cancelling fifty waiting fetches takes microseconds, even on
// a loaded machine.
const testSlow = time.Second

var (
	testErrBroken = errors.New("the fetch failed")                // the first error
	testErrGaveUp = errors.New("the test told the fetch to stop") // after slow
)

// testReturnsAtOnce runs call in a new goroutine and reports whether it returned
// within slow. If it had not, it runs unblock, which must let call finish,
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

// testNumbered returns n keys: "key 0", "key 1", ...
func testNumbered(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key " + strconv.Itoa(i)
	}
	return keys
}

// The fetches finish in the reverse order of their keys: the values still
// come back in the order of the keys, one fetch for each key.
func TestFetchAllReturnsTheValuesInTheOrderOfKeys(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		keys := testNumbered(10)
		var mu sync.Mutex
		calls := map[string]int{}
		values, err := FetchAll(t.Context(), keys, func(ctx context.Context, key string) (string, error) {
			mu.Lock()
			calls[key]++
			mu.Unlock()
			i, _ := strconv.Atoi(key[len("key "):])
			time.Sleep(time.Duration(len(keys)-i) * time.Second)
			return "value of " + key, nil
		})
		want := make([]string, len(keys))
		for i, key := range keys {
			want[i] = "value of " + key
		}
		if err != nil || !slices.Equal(values, want) {
			t.Errorf("FetchAll of %d keys whose fetches all succeed, the last key's first, gave (%q, %v), want (%q, nil): "+
				"the values come back in the order of the keys", len(keys), values, err, want)
		}
		for _, key := range keys {
			if calls[key] != 1 {
				t.Errorf("FetchAll called fetch %d times for %q, want once for each key", calls[key], key)
			}
		}

		values, err = FetchAll(t.Context(), nil, func(context.Context, string) (string, error) {
			t.Errorf("FetchAll with no keys called fetch, want no call")
			return "", nil
		})
		if len(values) != 0 || err != nil {
			t.Errorf("FetchAll with no keys gave (%q, %v), want no values and no error", values, err)
		}
	})
}

// 100 fetches, more than any machine has cores, each waiting until the
// test lets it go: all of them must be running at the same time.
func TestFetchAllRunsEveryFetchAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		keys := testNumbered(100)
		release := make(chan struct{})
		var running atomic.Int32
		returned := make(chan error, 1)
		go func() {
			_, err := FetchAll(t.Context(), keys, func(ctx context.Context, key string) (string, error) {
				running.Add(1)
				<-release
				return key, nil
			})
			returned <- err
		}()
		synctest.Wait() // every goroutine is blocked: the fetches started are all waiting
		if n := running.Load(); n != int32(len(keys)) {
			t.Errorf("FetchAll of %d keys ran %d fetches at the same time, want all %d: "+
				"every fetch runs in a goroutine of its own, all at once", len(keys), n, len(keys))
		}
		close(release)
		if err := <-returned; err != nil {
			t.Errorf("FetchAll of %d fetches that all succeed gave the error %v, want nil", len(keys), err)
		}
	})
}

// One fetch fails while 49 others wait for their context. The first error
// must cancel that context, FetchAll must return at once with that error,
// after every fetch has returned, and leave no goroutine behind.
func TestTheFirstErrorCancelsTheOtherFetches(t *testing.T) {
	others := goleak.IgnoreCurrent() // blame only the goroutines FetchAll starts
	keys := testNumbered(50)
	bad := keys[len(keys)/2]
	giveUp := make(chan struct{})       // closed if FetchAll does not return in time
	allWaiting := make(chan struct{})   // closed once the 49 others are waiting
	var waiting, cancelled atomic.Int32 // others waiting; others that saw the cancel and returned
	fetch := func(ctx context.Context, key string) (string, error) {
		if key == bad {
			select { // fail once the others are all waiting (or slow has passed)
			case <-allWaiting:
			case <-time.After(testSlow):
			}
			return "", testErrBroken
		}
		if waiting.Add(1) == int32(len(keys)-1) {
			close(allWaiting)
		}
		select {
		case <-ctx.Done():
			defer cancelled.Add(1)
			return "", ctx.Err()
		case <-giveUp:
			return "", testErrGaveUp
		}
	}
	var values []string
	var err error
	var seen int32
	call := func() {
		values, err = FetchAll(t.Context(), keys, fetch)
		seen = cancelled.Load()
	}
	if !testReturnsAtOnce(call, func() { close(giveUp) }) {
		t.Fatalf("FetchAll had not returned %v after one of its %d fetches failed, while the others waited for their context: "+
			"the first error must cancel the context FetchAll gave the others", testSlow, len(keys))
	}
	if want := int32(len(keys) - 1); seen != want {
		t.Errorf("when FetchAll returned, %d of the %d other fetches had seen their context cancelled and returned, want all %d: "+
			"the first error must cancel the others' context, and FetchAll must wait until every fetch has returned",
			seen, want, want)
	}
	if !errors.Is(err, testErrBroken) || errors.Is(err, context.Canceled) || errors.Is(err, testErrGaveUp) {
		t.Errorf("FetchAll gave the error %v after one fetch failed with %q and the others were cancelled, "+
			"want that first error, not the ones the cancelled fetches returned", err, testErrBroken.Error())
	}
	if values != nil {
		t.Errorf("FetchAll gave the values %q with its error, want nil", values)
	}
	select {
	case <-giveUp:
	default:
		close(giveUp) // let any fetch still waiting go
	}
	if leaked := goleak.Find(others); leaked != nil {
		t.Errorf("after FetchAll had returned its error, goroutines it started were still alive: " +
			"every fetch must have returned and none may be left blocked, on a send or anything else")
		t.Log(leaked)
	}
}

// testLingeringCancel is a caller's context that holds up the goroutine that
// cancels a context derived from it. When a derived context is cancelled,
// the context package, after closing its Done channel, looks the parent up
// to unhook the child, through the parent's Value; once a fetch has failed,
// the first such Value waits until every other fetch has returned (or 100
// ms have passed: a FetchAll may give each fetch a context of its own and
// cancel them one by one) and a moment more. A FetchAll that keeps the
// first error before it cancels is not affected; one that cancels first
// and keeps the error afterwards lets the cancelled fetches'
// context.Canceled in first, whatever the number of cores.
type testLingeringCancel struct {
	context.Context
	failed, held atomic.Bool
	othersDone   chan struct{} // closed once every other fetch has returned
}

func (c *testLingeringCancel) Value(key any) any {
	if c.failed.Load() && c.held.CompareAndSwap(false, true) {
		select {
		case <-c.othersDone:
		case <-time.After(100 * time.Millisecond):
		}
		time.Sleep(10 * time.Millisecond) // time for them to report their errors
	}
	return c.Context.Value(key)
}

// One fetch fails; the others, cancelled by it, return context.Canceled at
// once, while the goroutine that cancelled them is held up inside the
// cancel (see testLingeringCancel). FetchAll must still return the first error:
// it is kept before the cancel, not after.
func TestTheFirstErrorIsKeptBeforeTheOthersAreCancelled(t *testing.T) {
	keys := testNumbered(20)
	bad := keys[len(keys)/2]
	caller := &testLingeringCancel{Context: t.Context(), othersDone: make(chan struct{})}
	giveUp := make(chan struct{})     // closed if FetchAll does not return in time
	allWaiting := make(chan struct{}) // closed once the others are all waiting
	var waiting, returned atomic.Int32
	fetch := func(ctx context.Context, key string) (string, error) {
		if key == bad {
			select {
			case <-allWaiting:
			case <-time.After(testSlow):
			}
			caller.failed.Store(true)
			return "", testErrBroken
		}
		defer func() {
			if returned.Add(1) == int32(len(keys)-1) {
				close(caller.othersDone)
			}
		}()
		if waiting.Add(1) == int32(len(keys)-1) {
			close(allWaiting)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-giveUp:
			return "", testErrGaveUp
		}
	}
	var err error
	if !testReturnsAtOnce(func() { _, err = FetchAll(caller, keys, fetch) }, func() { close(giveUp) }) {
		t.Fatalf("FetchAll had not returned %v after one of its %d fetches failed, while the others waited for their context: "+
			"the first error must cancel the context FetchAll gave the others", testSlow, len(keys))
	}
	if !errors.Is(err, testErrBroken) || errors.Is(err, context.Canceled) || errors.Is(err, testErrGaveUp) {
		t.Errorf("FetchAll gave the error %v after one fetch failed with %q and the others were cancelled, "+
			"want that first error, not the ones the cancelled fetches returned", err, testErrBroken.Error())
	}
}

// The first fetch fails after 1s; the other one, cancelled, takes its time
// to return (until the test lets it go) and then fails in its own way.
// FetchAll must wait for it, and still return the first error.
func TestFetchAllWaitsForCancelledFetchesAndKeepsTheFirstError(t *testing.T) {
	// Both orders of the keys: a FetchAll that picks an error by the
	// position of its key, not by when it came, is caught in one of them.
	for _, keys := range [][]string{{"fails", "lingers"}, {"lingers", "fails"}} {
		testWaitsForCancelledFetchAndKeepsTheFirstError(t, keys)
	}
}

func testWaitsForCancelledFetchAndKeepsTheFirstError(t *testing.T, keys []string) {
	synctest.Test(t, func(t *testing.T) {
		errLate := errors.New("the cancelled fetch failed to clean up")
		giveUp, release := make(chan struct{}), make(chan struct{})
		var sawCancel atomic.Bool
		type outcome struct {
			values []string
			err    error
		}
		returned := make(chan outcome, 1)
		go func() {
			values, err := FetchAll(t.Context(), keys, func(ctx context.Context, key string) (string, error) {
				if key == "fails" {
					time.Sleep(time.Second)
					return "", testErrBroken
				}
				select {
				case <-ctx.Done():
					sawCancel.Store(true)
				case <-giveUp:
				}
				<-release
				return "", errLate
			})
			returned <- outcome{values, err}
		}()
		time.Sleep(2 * time.Second) // the first fetch fails after 1s
		synctest.Wait()             // whatever that set off is done, or blocked
		if !sawCancel.Load() {
			t.Errorf("one fetch had failed 1s before, and the other fetch's context was still not cancelled: " +
				"the first error must cancel the context FetchAll gave the other fetches")
		}
		select {
		case <-returned:
			t.Errorf("FetchAll returned while a fetch it started had not returned yet: " +
				"it must wait for every fetch, cancelled ones included")
		default:
		}
		close(giveUp)
		close(release)
		synctest.Wait()
		select {
		case got := <-returned:
			if !errors.Is(got.err, testErrBroken) || errors.Is(got.err, errLate) || got.values != nil {
				t.Errorf("FetchAll gave (%q, %v); the first fetch to fail returned %q, and a fetch cancelled because of it "+
					"returned %q later: want nil and the first error", got.values, got.err, testErrBroken.Error(), errLate.Error())
			}
		default: // returned early: already reported
		}
	})
}

// The caller cancels while 50 fetches wait for their context: every fetch
// must see it, and FetchAll must return at once with the context's error,
// leaving no goroutine behind.
func TestCancellingTheCallersContextStopsEveryFetch(t *testing.T) {
	others := goleak.IgnoreCurrent()
	keys := testNumbered(50)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	giveUp := make(chan struct{})
	allWaiting := make(chan struct{})
	var waiting, cancelled atomic.Int32
	fetch := func(ctx context.Context, key string) (string, error) {
		if waiting.Add(1) == int32(len(keys)) {
			close(allWaiting)
		}
		select {
		case <-ctx.Done():
			defer cancelled.Add(1)
			return "", ctx.Err()
		case <-giveUp:
			return "", testErrGaveUp
		}
	}
	var err error
	var seen int32
	call := func() {
		go func() { // cancel once every fetch waits (or after slow)
			select {
			case <-allWaiting:
			case <-time.After(testSlow):
			}
			cancel()
		}()
		_, err = FetchAll(ctx, keys, fetch)
		seen = cancelled.Load()
	}
	if !testReturnsAtOnce(call, func() { close(giveUp) }) {
		t.Fatalf("FetchAll had not returned %v after its caller cancelled the context, while its %d fetches waited for it: "+
			"each fetch's context must be derived from the caller's", testSlow, len(keys))
	}
	if seen != int32(len(keys)) {
		t.Errorf("when FetchAll returned after its caller cancelled the context, %d of its %d fetches had seen it and returned, "+
			"want all: FetchAll must wait until every fetch has returned", seen, len(keys))
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("FetchAll gave the error %v after its caller cancelled the context, want the fetches' context.Canceled", err)
	}
	select {
	case <-giveUp:
	default:
		close(giveUp)
	}
	if leaked := goleak.Find(others); leaked != nil {
		t.Errorf("after FetchAll had returned, its caller having cancelled the context, goroutines it started were still alive: " +
			"every fetch must have returned and none may be left blocked, on a send or anything else")
		t.Log(leaked)
	}
}

// The fetches' context comes from the caller's (it carries its values), and
// is cancelled by the time FetchAll returns, also when every fetch
// succeeded: anything a fetch left running on it stops too.
func TestTheFetchesContextEndsWithFetchAll(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		type ctxKey struct{}
		ctx := context.WithValue(t.Context(), ctxKey{}, "from the caller")
		var mu sync.Mutex
		var given []context.Context
		_, err := FetchAll(ctx, testNumbered(5), func(ctx context.Context, key string) (string, error) {
			mu.Lock()
			given = append(given, ctx)
			mu.Unlock()
			return key, nil
		})
		if err != nil {
			t.Fatalf("FetchAll of 5 fetches that all succeed gave the error %v, want nil", err)
		}
		for _, c := range given {
			if c.Value(ctxKey{}) != "from the caller" {
				t.Fatalf("a fetch's context did not carry the values of the caller's context: it must be derived from ctx")
			}
			if c.Err() == nil {
				t.Fatalf("FetchAll had returned, every fetch having succeeded, and the context it gave them was not cancelled: " +
					"cancel it before returning, whatever happened (defer cancel())")
			}
		}
	})
}
