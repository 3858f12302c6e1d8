package fanout

// These tests use only New, Publish and Wait, so every correct fix passes:
// wg.Add before the go statement, one wg.Add(len(subscribers)) per Publish,
// wg.Go, an errgroup, a count under a mutex with a sync.Cond. Most run in a
// testing/synctest bubble, where time is a fake clock that moves only when
// every goroutine in the bubble is blocked, and synctest.Wait returns once
// every other goroutine in the bubble is blocked: so the tests know for
// certain what is running and what has returned. A goroutine waiting for a
// mutex never counts as blocked in a bubble, so the tests in which a fix,
// right or wrong, may wait for a lock run outside a bubble, against a
// real-time deadline.
//
// A delivery whose wg.Add runs in its own goroutine is missed by a Wait that
// looks first. Where only one goroutine runs at a time (GOMAXPROCS 1, one of
// the settings the checker uses), a goroutine started by a go statement does
// not run before its starter blocks, so a Wait called right after Publish
// always looks first there; elsewhere it often does, and the tests try it on
// many hubs in a row.

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// once Wait has returned, no delivery may still be running.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testSlow is how long, in real time, a call that must return at once may take
// here: a correct call takes microseconds, even on a loaded machine.
const testSlow = time.Second

// A recorder is a subscriber that notes every message it got.
type testRecorder struct {
	mu  sync.Mutex
	got []string
}

func (r *testRecorder) subscribe(msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, msg)
}

func (r *testRecorder) messages() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Sorted(slices.Values(r.got))
}

// testSleepy returns n subscribers that each take a (fake) millisecond and then
// count themselves in finished.
func testSleepy(n int, finished *atomic.Int32) []func(string) {
	subs := make([]func(string), n)
	for i := range subs {
		subs[i] = func(string) {
			time.Sleep(time.Millisecond)
			finished.Add(1)
		}
	}
	return subs
}

// Every subscriber gets every message published before Wait, exactly once,
// and by the time Wait returns.
func TestEverySubscriberGetsEveryMessage(t *testing.T) {
	recorders := make([]*testRecorder, 3)
	subs := make([]func(string), len(recorders))
	for i := range recorders {
		recorders[i] = &testRecorder{}
		subs[i] = recorders[i].subscribe
	}
	h := New(subs...)
	h.Publish("a")
	h.Publish("b")
	h.Wait()
	for i, r := range recorders {
		if got := r.messages(); !slices.Equal(got, []string{"a", "b"}) {
			t.Errorf("after Publish(\"a\"), Publish(\"b\") and Wait, subscriber %d had got %q, want [\"a\" \"b\"]: "+
				"every subscriber gets every message once, and Wait waits until it has", i, got)
		}
	}
}

// Wait, called right after Publish, must wait until every delivery has
// returned. The subscribers take a (fake) millisecond each; on each of many hubs
// the test counts how many deliveries have finished when Wait returns.
func TestWaitWaitsForEveryDelivery(t *testing.T) {
	const hubs, subscribers = 100, 3
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour) // fake time: lets deliveries Wait left behind finish
		for range hubs {
			var finished atomic.Int32
			h := New(testSleepy(subscribers, &finished)...)
			h.Publish("m")
			h.Wait()
			if n := finished.Load(); n != subscribers {
				t.Fatalf("Wait returned when %d of the %d deliveries of a message published before it had finished: "+
					"Wait must wait for every delivery, so each must be counted before Wait can look", n, subscribers)
			}
		}
	})
}

// The same when Publish runs in another goroutine, and Wait is called once
// it has returned.
func TestWaitInAnotherGoroutineWaitsForEveryDelivery(t *testing.T) {
	const hubs, subscribers = 50, 3
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour)
		for range hubs {
			var finished atomic.Int32
			h := New(testSleepy(subscribers, &finished)...)
			published := make(chan struct{})
			go func() {
				h.Publish("m")
				close(published)
			}()
			<-published
			h.Wait()
			if n := finished.Load(); n != subscribers {
				t.Fatalf("Wait, called once Publish had returned in another goroutine, returned when %d of the %d "+
					"deliveries had finished: Wait must wait for every delivery of every earlier Publish", n, subscribers)
			}
		}
	})
}

// A hub is used again and again: publish, wait, publish, wait. Each Wait
// waits for the deliveries published since the last one.
func TestPublishAndWaitAgainAndAgain(t *testing.T) {
	const rounds, subscribers = 5, 3
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour)
		var finished atomic.Int32
		h := New(testSleepy(subscribers, &finished)...)
		for round := 1; round <= rounds; round++ {
			h.Publish("m")
			h.Publish("m")
			h.Wait()
			if n, want := finished.Load(), int32(2*subscribers*round); n != want {
				t.Fatalf("after %d rounds of two Publishes and a Wait on one hub, %d deliveries had finished, want %d: "+
					"each Wait waits for every delivery published before it, however often the hub is used", round, n, want)
			}
		}
	})
}

// Publish returns at once: it must not wait for the subscribers, which here
// block until the test lets them go.
func TestPublishReturnsAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		var called atomic.Int32
		sub := func(string) {
			called.Add(1)
			<-release
		}
		h := New(sub, sub, sub)
		published := make(chan struct{})
		go func() {
			h.Publish("m")
			close(published)
		}()
		synctest.Wait() // every goroutine of the bubble is blocked now
		select {
		case <-published:
		default:
			close(release)
			<-published
			h.Wait()
			t.Fatalf("Publish had not returned while its 3 subscribers were still running: " +
				"Publish must start the deliveries and return at once, without waiting for them")
		}
		if n := called.Load(); n != 3 {
			t.Errorf("%d of 3 subscribers had been called once Publish had returned and every goroutine was waiting, want 3", n)
		}
		close(release)
		h.Wait()
	})
}

// testRanAtOnce is whether TestSubscribersRunAtTheSameTime has run in this process.
var testRanAtOnce bool

// Every subscriber runs at the same time as the others, however many there
// are: here 1000, more than any machine has cores and more than any pool a
// fix might choose. Each waits until all of them have been called; if they
// never are, they give up after a (fake) minute, and the test reports how
// many ran at once. Fake time makes the answer the same on every run, so
// when the test is repeated (-count, -cpu) the repeats use only 200.
func TestSubscribersRunAtTheSameTime(t *testing.T) {
	subscribers := 1000
	if testRanAtOnce {
		subscribers = 200
	}
	testRanAtOnce = true
	synctest.Test(t, func(t *testing.T) {
		var inFlight, most atomic.Int32
		allIn, giveUp := make(chan struct{}), make(chan struct{})
		sub := func(string) {
			n := inFlight.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			if n == int32(subscribers) {
				close(allIn)
			}
			select {
			case <-allIn:
			case <-giveUp:
			}
			inFlight.Add(-1)
		}
		go func() {
			select {
			case <-allIn:
			case <-time.After(time.Minute): // fake time: costs nothing
				close(giveUp) // every goroutine was blocked a minute: no more will come
			}
		}()
		subs := make([]func(string), subscribers)
		for i := range subs {
			subs[i] = sub
		}
		h := New(subs...)
		h.Publish("m")
		h.Wait()
		time.Sleep(time.Hour) // deliveries a wrong Wait left behind finish
		if m := most.Load(); m != int32(subscribers) {
			t.Errorf("at most %d of %d subscribers ran at the same time: Publish must call every subscriber "+
				"in a goroutine of its own, all at once, with no limit on how many", m, subscribers)
		}
	})
}

// A subscriber may call Publish, also while Wait waits: here "ping" is
// answered with a "pong" for everyone, published once Wait has been called
// (and 10ms later, so that Wait is surely waiting), and Wait must return
// once both are delivered. A Wait that keeps a lock Publish needs while it
// waits never returns: Publish("pong") waits for the lock, and Wait for the
// delivery that calls it. This test runs in real time, so that such a Wait
// is reported after a second.
func TestWaitWhileASubscriberPublishes(t *testing.T) {
	testWaitWhileASubscriberPublishes(t)
}

// testWaitWhileASubscriberPublishes is TestWaitWhileASubscriberPublishes. Tests
// in a bubble where a subscriber publishes while Wait waits call it first:
// in a bubble, a Wait stuck with Publish behind a lock would never end.
func testWaitWhileASubscriberPublishes(t *testing.T) {
	t.Helper()
	r := &testRecorder{}
	waitCalled := make(chan struct{})
	var h *Hub
	h = New(r.subscribe, func(msg string) {
		if msg == "ping" {
			<-waitCalled
			time.Sleep(10 * time.Millisecond)
			h.Publish("pong")
		}
	})
	h.Publish("ping")
	waited := make(chan struct{})
	go func() {
		close(waitCalled)
		h.Wait()
		close(waited)
	}()
	select {
	case <-waited:
	case <-time.After(testSlow):
		t.Fatalf("Wait had not returned %v after Publish(\"ping\"), whose subscriber publishes \"pong\" while Wait waits: "+
			"does Wait hold a lock while it waits, which the subscriber's Publish needs?", testSlow)
	}
	if got := r.messages(); !slices.Equal(got, []string{"ping", "pong"}) {
		t.Errorf("a subscriber that got \"ping\" published \"pong\"; once Wait had returned, another subscriber had got %q, "+
			"want [\"ping\" \"pong\"]: Wait also waits for the deliveries of messages that subscribers publish", got)
	}
}

// The same on many hubs, with subscribers that take a (fake) millisecond: the
// "pong" is published a millisecond after Wait was called, and Wait must still
// wait for its deliveries. (Their Add comes while the "ping" delivery that
// makes it is still counted, so the count never touches zero, which is what
// a WaitGroup allows while Wait waits.)
func TestWaitWaitsForMessagesSubscribersPublish(t *testing.T) {
	const hubs = 50
	testWaitWhileASubscriberPublishes(t) // a Wait that holds a lock would hang the bubble
	if t.Failed() {
		return
	}
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour)
		for range hubs {
			var pongs atomic.Int32
			var h *Hub
			h = New(func(msg string) {
				time.Sleep(time.Millisecond)
				if msg == "ping" {
					h.Publish("pong")
				} else {
					pongs.Add(1)
				}
			}, func(msg string) {
				time.Sleep(time.Millisecond)
				if msg == "pong" {
					pongs.Add(1)
				}
			})
			h.Publish("ping")
			h.Wait()
			if n := pongs.Load(); n != 2 {
				t.Fatalf("Wait returned when %d of the 2 deliveries of the \"pong\" that a subscriber published had finished: "+
					"Wait also waits for the deliveries of messages that subscribers publish while it waits", n)
			}
		}
	})
}

// Wait from several goroutines at once, while a delivery blocks: none may
// return before the delivery does, and then every one returns. Wait on a
// hub with nothing published returns at once. In real time, not in a
// bubble: a correct Wait may take a mutex, and goroutines waiting for one
// never count as blocked there.
func TestWaitFromSeveralGoroutines(t *testing.T) {
	const waiters = 4
	if !testReturnsWithin(testSlow, New(func(string) {}).Wait) {
		t.Fatalf("Wait on a hub with nothing published had not returned after %v: with nothing to wait for, it returns at once", testSlow)
	}
	release := make(chan struct{})
	h := New(func(string) { <-release })
	h.Publish("m")
	var returned atomic.Int32
	var all sync.WaitGroup
	for range waiters {
		all.Go(func() {
			h.Wait()
			returned.Add(1)
		})
	}
	time.Sleep(10 * time.Millisecond) // a Wait that does not wait has returned by now
	if n := returned.Load(); n > 0 {
		close(release)
		all.Wait()
		t.Fatalf("%d of %d Waits called at the same time returned while a delivery was still running: "+
			"every call of Wait waits for every delivery", n, waiters)
	}
	close(release)
	if !testReturnsWithin(testSlow, all.Wait) {
		t.Fatalf("%d of %d Waits called at the same time had returned %v after the last delivery had: every call of Wait returns "+
			"once every delivery has", returned.Load(), waiters, testSlow)
	}
	h.Wait() // and once more, when there is nothing left to wait for
}

// testReturnsWithin runs call in a new goroutine and reports whether it returned
// within d of real time. If it did not, the goroutine is left behind.
func testReturnsWithin(d time.Duration, call func()) bool {
	done := make(chan struct{})
	go func() {
		defer close(done)
		call()
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}
