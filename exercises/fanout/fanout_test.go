package fanout

// These tests use only New, Publish and Stop, so every correct fix passes:
// wg.Add before the go statement, one wg.Add(len(subscribers)) per Publish,
// wg.Go, an errgroup, a count under a mutex with a sync.Cond. Most run in a
// testing/synctest bubble, where time is a fake clock that moves only when
// every goroutine in the bubble is blocked, and synctest.Wait returns once
// every other goroutine in the bubble is blocked: so the tests know for
// certain what is running and what has returned. A goroutine waiting for a
// mutex never counts as blocked in a bubble, so a call that may be stuck on
// a lock is watched against a real-time deadline instead.
//
// A delivery whose wg.Add runs in its own goroutine is missed by a Wait that
// runs first. Where only one goroutine runs at a time (GOMAXPROCS 1, one of
// the settings the checker uses), a goroutine started by a go statement does
// not run before its starter blocks, so a Stop called right after Publish
// always comes first there; elsewhere it comes first often, and the tests
// try it on many hubs.

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// once Stop has returned, no delivery may still be running.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// slow is how long, in real time, a call that must return at once may take
// here: a correct call takes microseconds, even on a loaded machine.
const slow = time.Second

// realDeadline returns a channel that is closed after slow of real time,
// also when received from inside a synctest bubble (whose clock is fake).
// Call it outside the bubble.
func realDeadline(t *testing.T) <-chan struct{} {
	expired := make(chan struct{})
	timer := time.AfterFunc(slow, func() { close(expired) })
	t.Cleanup(func() { timer.Stop() })
	return expired
}

// A recorder is a subscriber that notes every message it got.
type recorder struct {
	mu  sync.Mutex
	got []string
}

func (r *recorder) subscribe(msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, msg)
}

func (r *recorder) messages() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Sorted(slices.Values(r.got))
}

// Every subscriber gets every message published before Stop, exactly once,
// and by the time Stop returns.
func TestEverySubscriberGetsEveryMessage(t *testing.T) {
	recorders := make([]*recorder, 3)
	subs := make([]func(string), len(recorders))
	for i := range recorders {
		recorders[i] = &recorder{}
		subs[i] = recorders[i].subscribe
	}
	h := New(subs...)
	h.Publish("a")
	h.Publish("b")
	h.Stop()
	for i, r := range recorders {
		if got := r.messages(); !slices.Equal(got, []string{"a", "b"}) {
			t.Errorf("after Publish(\"a\"), Publish(\"b\") and Stop, subscriber %d had got %q, want [\"a\" \"b\"]: "+
				"every subscriber gets every message once, and Stop waits until it has", i, got)
		}
	}
}

// Stop, called right after Publish, must wait until every delivery has
// returned. The subscribers take a (fake) second each; on each of many hubs
// the test counts, when Stop returns, how many deliveries have finished.
func TestStopWaitsForEveryDelivery(t *testing.T) {
	const hubs, subscribers = 200, 4
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour) // fake time: lets deliveries Stop left behind finish
		for range hubs {
			var finished atomic.Int32
			subs := make([]func(string), subscribers)
			for i := range subs {
				subs[i] = func(string) {
					time.Sleep(time.Second)
					finished.Add(1)
				}
			}
			h := New(subs...)
			h.Publish("m")
			h.Stop()
			if n := finished.Load(); n != subscribers {
				t.Fatalf("Stop returned when %d of the %d deliveries of a message published before it had finished: "+
					"Stop must wait for every delivery, so each must be counted before Stop can look", n, subscribers)
			}
		}
	})
}

// The same when the only thing between Publish and Stop is that they run one
// after the other in different goroutines.
func TestStopInAnotherGoroutineWaitsForEveryDelivery(t *testing.T) {
	const hubs, subscribers = 100, 3
	synctest.Test(t, func(t *testing.T) {
		defer time.Sleep(time.Hour)
		for range hubs {
			var finished atomic.Int32
			subs := make([]func(string), subscribers)
			for i := range subs {
				subs[i] = func(string) {
					time.Sleep(time.Second)
					finished.Add(1)
				}
			}
			h := New(subs...)
			published := make(chan struct{})
			go func() {
				h.Publish("m")
				close(published)
			}()
			<-published
			h.Stop()
			if n := finished.Load(); n != subscribers {
				t.Fatalf("Stop, called once Publish had returned in another goroutine, returned when %d of the %d "+
					"deliveries had finished: Stop must wait for every delivery of every earlier Publish", n, subscribers)
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
			h.Stop()
			t.Fatalf("Publish had not returned while its 3 subscribers were still running: " +
				"Publish must start the deliveries and return at once, without waiting for them")
		}
		if n := called.Load(); n != 3 {
			t.Errorf("%d of 3 subscribers had been called once Publish had returned and every goroutine was waiting, want 3", n)
		}
		close(release)
		h.Stop()
	})
}

// ranAtOnce is whether TestSubscribersRunAtTheSameTime has run in this process.
var ranAtOnce bool

// Every subscriber runs at the same time as the others, however many there
// are: here 1000, more than any machine has cores and more than any pool a
// fix might choose. Each waits until all of them have been called; if they
// never are, they give up after a (fake) minute, and the test reports how
// many ran at once. Fake time makes the answer the same on every run, so
// when the test is repeated (-count, -cpu) the repeats use only 200.
func TestSubscribersRunAtTheSameTime(t *testing.T) {
	subscribers := 1000
	if ranAtOnce {
		subscribers = 200
	}
	ranAtOnce = true
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
		h.Stop()
		time.Sleep(time.Hour) // deliveries a wrong Stop left behind finish
		if m := most.Load(); m != int32(subscribers) {
			t.Errorf("at most %d of %d subscribers ran at the same time: Publish must call every subscriber "+
				"in a goroutine of its own, all at once, with no limit on how many", m, subscribers)
		}
	})
}

// Once Stop has been called, Publish does nothing; Stop may be called again.
func TestPublishAfterStopDeliversNothing(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &recorder{}
		h := New(r.subscribe)
		h.Stop()
		h.Publish("late")
		h.Stop()
		synctest.Wait() // anything Publish started has run, or is blocked
		if got := r.messages(); len(got) != 0 {
			t.Errorf("a subscriber got %q from a Publish called after Stop: once Stop has been called, Publish does nothing", got)
		}
	})
}

// Stop is waiting for a delivery that blocks; meanwhile Publish is called
// from another goroutine. It comes after Stop, so it must deliver nothing,
// and it must return at once: a Stop that keeps the lock while it waits
// makes it wait behind Stop. Stop, called a second time, waits too.
func TestPublishWhileStopWaitsDeliversNothing(t *testing.T) {
	deadline := realDeadline(t) // real time: a Publish stuck on a mutex stops the bubble's clock
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		r := &recorder{}
		h := New(func(msg string) {
			r.subscribe(msg)
			if msg == "first" {
				<-release
			}
		})
		h.Publish("first")
		stopped := make(chan struct{})
		go func() {
			h.Stop()
			close(stopped)
		}()
		synctest.Wait() // Stop waits now, for the first delivery
		select {
		case <-stopped:
			close(release)
			t.Fatalf("Stop returned while a delivery of a message published before it was still running: " +
				"Stop must wait for every delivery")
		default:
		}

		published := make(chan struct{})
		go func() {
			h.Publish("second")
			close(published)
		}()
		select {
		case <-published:
		case <-deadline:
			close(release) // let Stop finish, and with it the waiting Publish
			<-published
			<-stopped
			t.Fatalf("Publish, called while Stop waited for a delivery, had not returned after %v: "+
				"Publish must return at once; does Stop hold the lock while it waits?", slow)
		}
		secondStop := make(chan struct{})
		go func() {
			h.Stop()
			close(secondStop)
		}()
		synctest.Wait()
		if got := r.messages(); slices.Contains(got, "second") {
			t.Errorf("a Publish called while Stop was waiting delivered its message: once Stop has been called, "+
				"Publish does nothing (the subscriber got %q)", got)
		}
		select {
		case <-stopped:
			t.Errorf("Stop returned while a delivery was still running: Stop must wait for every delivery")
		case <-secondStop:
			t.Errorf("a second Stop returned while a delivery was still running: every call of Stop waits")
		default:
		}
		close(release)
		<-stopped
		<-secondStop
	})
}

// A subscriber may call Publish itself: here "ping" is answered with a
// "pong" for everyone. Both are delivered before Stop is called, and Stop
// then returns.
func TestSubscriberMayPublish(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &recorder{}
		var h *Hub
		h = New(r.subscribe, func(msg string) {
			if msg == "ping" {
				h.Publish("pong")
			}
		})
		h.Publish("ping")
		synctest.Wait() // both deliveries of ping and of pong are over
		h.Stop()
		if got := r.messages(); !slices.Equal(got, []string{"ping", "pong"}) {
			t.Errorf("a subscriber that got \"ping\" published \"pong\"; another subscriber got %q, want [\"ping\" \"pong\"]", got)
		}
	})
}

// meetAt calls call(i, g) from each of goroutines g = 0, 1, ..., for i = 0,
// 1, ..., n-1, all going through the i's in the same order. At each i the
// first goroutine to arrive waits a moment for a second one, so that the two
// make their calls at the same instant. It returns at how many i two
// goroutines met: on a machine too busy to run two of them at once, few.
func meetAt(n, goroutines int, call func(i, g int)) (meetings int) {
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

// A Publish and a Stop at the same instant: the Publish either delivers, and
// then Stop waits for its deliveries, or it delivers nothing. A delivery must
// never be running when Stop returns, nor start after. Looking at stopped and
// counting the deliveries must be one step, under one lock: in a gap between
// them, Stop can set stopped and find nothing to wait for. That gap lasts
// nanoseconds, so one goroutine publishes on each hub of a row while another
// stops it, meeting at each (meetAt), row after row until they have met at
// 300 hubs (or for 100ms, when the machine is too busy to run them at once).
func TestPublishRacingStop(t *testing.T) {
	const row = 50
	var late atomic.Int32 // deliveries running after their hub's Stop returned
	begin := time.Now()
	for meetings := 0; meetings < 300 && time.Since(begin) < 100*time.Millisecond; {
		hubs := make([]*Hub, row)
		stopped := make([]atomic.Bool, row)
		for i := range hubs {
			hubs[i] = New(func(string) {
				if stopped[i].Load() {
					late.Add(1)
				}
				runtime.Gosched()
				if stopped[i].Load() {
					late.Add(1)
				}
			})
		}
		meetings += meetAt(row, 2, func(i, g int) {
			if g == 0 {
				hubs[i].Publish(fmt.Sprint(i))
				return
			}
			hubs[i].Stop()
			stopped[i].Store(true)
		})
		for i := range hubs {
			hubs[i].Stop()
			hubs[i].Publish("after Stop") // must do nothing
		}
		if n := late.Load(); n > 0 {
			t.Fatalf("Publish and Stop were called at the same time, and a delivery was still running, or started, "+
				"after Stop had returned (%d times): look at stopped and count the delivery for Stop's wait in one step, under one lock", n)
		}
		if runtime.GOMAXPROCS(0) == 1 {
			break // one goroutine runs at a time: they cannot meet
		}
	}
}

// Publishes from many goroutines at once, and a Stop among them. However the
// lock is handed around, a delivery must never run after Stop has returned.
// A Publish that lets go of the lock between its look at stopped and the
// counting of its deliveries, even for an instant, lets Stop in: when the
// lock is crowded, Go's mutex hands it to the goroutine that has waited
// longest, and that may be Stop.
func TestPublishesFromManyGoroutinesRacingStop(t *testing.T) {
	const publishers, each = 8, 200
	begin := time.Now()
	for round := 0; round < 10 && time.Since(begin) < 200*time.Millisecond; round++ {
		var returned atomic.Bool // Stop has returned
		var late, delivered atomic.Int32
		h := New(func(string) {
			if returned.Load() {
				late.Add(1)
			}
			delivered.Add(1)
		})
		var wg sync.WaitGroup
		start := make(chan struct{})
		for range publishers {
			wg.Go(func() {
				<-start
				for range each {
					h.Publish("m")
				}
			})
		}
		close(start)
		for delivered.Load() < publishers*each/4 {
			runtime.Gosched()
		}
		h.Stop()
		returned.Store(true)
		wg.Wait()
		h.Stop() // waits for any delivery a wrong Publish started after the first Stop
		if n := late.Load(); n > 0 {
			t.Fatalf("%d goroutines called Publish while another called Stop, and %d deliveries ran after Stop had returned: "+
				"look at stopped and count the deliveries in one step, under one lock, never letting go of it in between", publishers, n)
		}
	}
}
