package producers

// These tests use only the exported API, so that every correct design
// passes: a sync.WaitGroup and one goroutine that closes Values after Wait,
// errgroup, a count of running producers where the last one closes, a
// context or a done channel for Stop, ... The tests about who waits for
// whom run in a testing/synctest bubble: synctest.Wait returns only once
// every other goroutine of the bubble is blocked, so "producer 1 has
// returned while producer 2 still works" and "this send is waiting" are
// facts, not guesses about timing. That is how a close that comes too early
// is caught every time, not by chance.

import (
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// Producer 1 sends one value and returns; producer 2 is still busy (it
// waits for the test) and sends two more afterwards. Values must stay open
// until producer 2 has returned too: a close when the first producer is done
// cuts the second one off, and its next send panics.
func TestValuesStaysOpenUntilTheLastProducerReturns(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		busy := make(chan struct{})
		var sent [3]atomic.Bool // what each send of 1, 2, 3 returned
		s := Merge(
			func(send func(int) bool) { sent[0].Store(send(1)) },
			func(send func(int) bool) {
				<-busy
				sent[1].Store(send(2))
				sent[2].Store(send(3))
			},
		)
		values := s.Values()
		if v, ok := <-values; !ok || v != 1 {
			t.Fatalf("the first receive from Values gave (%d, %t), want (1, true): producer 1 sent 1", v, ok)
		}
		synctest.Wait() // producer 1 has returned; producer 2 waits for busy
		select {
		case v, ok := <-values:
			if !ok {
				t.Errorf("Values was closed as soon as producer 1 of 2 returned, while producer 2 was still busy: " +
					"close it once, after the last producer has returned")
			} else {
				t.Errorf("Values gave %d while producer 2 had not sent anything yet", v)
			}
		default:
		}
		close(busy) // producer 2 sends 2 and 3 now
		for _, want := range []int{2, 3} {
			if v, ok := <-values; !ok || v != want {
				t.Fatalf("with producer 2 sending 2 then 3, Values gave (%d, %t), want (%d, true)", v, ok, want)
			}
		}
		if v, ok := <-values; ok {
			t.Fatalf("Values gave %d after every value had come out, want it closed", v)
		}
		for i := range sent {
			if !sent[i].Load() {
				t.Errorf("send(%d) returned false, but the consumer received the value and never called Stop", i+1)
			}
		}
	})
}

// Eight producers send 200 values each while the consumer reads Values to
// the end: every value comes out once, those of one producer in order.
func TestMergeDeliversEveryValueOnceInOrder(t *testing.T) {
	const producers, each = 8, 200
	ps := make([]Producer, producers)
	refused := make([]atomic.Int64, producers)
	for p := range ps {
		ps[p] = func(send func(int) bool) {
			for i := range each {
				if !send(p<<16 | i) {
					refused[p].Add(1)
				}
			}
		}
	}
	next := make([]int, producers) // the value each producer must deliver next
	for v := range Merge(ps...).Values() {
		p, i := v>>16, v&(1<<16-1)
		if p < 0 || p >= producers || i != next[p] {
			t.Fatalf("Values gave value %d of producer %d; want value %d of it next: every value once, in the order "+
				"its producer sent them", i, p, next[min(max(p, 0), producers-1)])
		}
		next[p]++
	}
	for p := range producers {
		if next[p] != each || refused[p].Load() != 0 {
			t.Errorf("producer %d sent %d values and %d sends returned false, but %d came out before Values was "+
				"closed; want all %d, with no Stop called", p, each, refused[p].Load(), next[p], each)
		}
	}
}

// send waits until the consumer has received the value: nothing is stored
// in between. So a send with nobody receiving has not returned.
func TestSendWaitsForTheConsumer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var returned atomic.Int64
		s := Merge(func(send func(int) bool) {
			for v := range 2 {
				send(v)
				returned.Add(1)
			}
		})
		synctest.Wait() // the producer is in its first send
		if n := returned.Load(); n > 0 {
			t.Errorf("%d sends returned before the consumer had received anything: send must wait until the "+
				"consumer has received the value (no buffer)", n)
		}
		for want := range 2 {
			if v, ok := <-s.Values(); !ok || v != want {
				t.Fatalf("Values gave (%d, %t), want (%d, true)", v, ok, want)
			}
		}
		if v, ok := <-s.Values(); ok {
			t.Errorf("Values gave %d after the producer's two values, want it closed", v)
		}
	})
}

// A producer is waiting in send, and nobody receives. Stop must make that
// send return false at once, and Values must close once the producer has
// returned. Closing Values in Stop makes the waiting send panic instead.
func TestStopWakesAWaitingSend(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var returned, delivered atomic.Bool
		s := Merge(func(send func(int) bool) {
			delivered.Store(send(1))
			returned.Store(true)
		})
		synctest.Wait() // the producer waits in send(1)
		s.Stop()
		synctest.Wait()
		switch {
		case !returned.Load():
			t.Errorf("after Stop, the producer's waiting send(1) had not returned: Stop must make a waiting send " +
				"return false at once")
		case delivered.Load():
			t.Errorf("after Stop, the waiting send(1) returned true though nobody had received the value; want false")
		}
		n := 0
		for range s.Values() { // also releases a send that ignored Stop
			n++
		}
		if n > 0 && returned.Load() {
			t.Errorf("after Stop, Values gave %d values that no send delivered", n)
		}
	})
}

// Once Stop has returned, every send returns false, even while the consumer
// goes on receiving: with both "receive" and "stopped" ready, a select
// picks one at random, so a send must look for Stop first.
func TestEverySendAfterStopReturnsFalse(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const sends = 64
		start := make(chan struct{})
		var delivered atomic.Int64
		s := Merge(func(send func(int) bool) {
			<-start
			for v := range sends {
				if send(v) {
					delivered.Add(1)
				}
			}
		})
		received := make(chan int)
		go func() {
			n := 0
			for range s.Values() {
				n++
			}
			received <- n
		}()
		synctest.Wait() // the consumer waits in its range over Values
		s.Stop()
		close(start)
		n := <-received
		if d := delivered.Load(); d > 0 || n > 0 {
			t.Errorf("after Stop had returned, %d of %d sends returned true and the consumer, still receiving, got %d "+
				"values: every send after Stop must return false without delivering", d, sends, n)
		}
	})
}

// Stop returns at once, without waiting for the producers: here one is
// still busy, and only goes on (and sees that it was stopped) afterwards.
func TestStopReturnsWithoutWaitingForTheProducers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		busy := make(chan struct{})
		var delivered atomic.Bool
		s := Merge(func(send func(int) bool) {
			<-busy
			delivered.Store(send(1))
		})
		var stopped atomic.Bool
		go func() {
			s.Stop()
			stopped.Store(true)
		}()
		synctest.Wait()
		if !stopped.Load() {
			t.Errorf("Stop had not returned while a producer was still busy: Stop must return at once, " +
				"without waiting for the producers")
		}
		close(busy)
		synctest.Wait()
		for v := range s.Values() {
			t.Errorf("Values gave %d, sent after Stop had been called; want no value", v)
		}
		if delivered.Load() {
			t.Errorf("a send that started after Stop returned true; want false")
		}
	})
}

// With no producers, Values is closed at once.
func TestMergeOfNoProducersClosesValues(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := Merge()
		synctest.Wait()
		select {
		case v, ok := <-s.Values():
			if ok {
				t.Errorf("Merge() with no producers: Values gave %d, want it closed", v)
			}
		default:
			t.Errorf("Merge() with no producers: Values was not closed; with no producer to wait for, " +
				"it must be closed at once")
		}
	})
}

// Merge starts every producer in a goroutine of its own and returns at once:
// 16 producers, more than any machine has cores, all wait for each other
// before they send, which only works if they all run at the same time.
func TestMergeRunsEveryProducerAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const producers = 16
		var started atomic.Int64
		all := make(chan struct{})
		ps := make([]Producer, producers)
		for p := range ps {
			ps[p] = func(send func(int) bool) {
				started.Add(1)
				<-all
				send(p)
			}
		}
		s := Merge(ps...)
		synctest.Wait() // every producer has started, if each has a goroutine of its own
		if n := started.Load(); n != producers {
			t.Errorf("Merge had started %d of %d producers, each of which waits for the others: start each in "+
				"a goroutine of its own", n, producers)
		}
		close(all)
		n := 0
		for range s.Values() {
			n++
		}
		if n != producers {
			t.Errorf("%d producers sent one value each, and %d came out; want %d", producers, n, producers)
		}
	})
}

// Stop may be called twice, and by several goroutines at once. Eight
// goroutines released together call Stop, 1 000 times over: a Stop that asks
// "stopped yet?" and then closes in two steps lets two of them through, and
// the second close of a channel panics. The window is tiny, so the test
// opens it many times (in about 50 ms). Each round receives until its
// producer has returned, not until Values is closed: a Merge whose closer
// looks for the end every millisecond is slower to close, not wrong, and
// the streams are only drained to the end after the last round.
func TestStopTwiceAndFromManyGoroutinesAtOnce(t *testing.T) {
	s := Merge()
	s.Stop()
	s.Stop()
	for range s.Values() {
	}
	const rounds, stoppers = 1000, 8
	streams := make([]*Stream, 0, rounds)
	for range rounds {
		var delivered atomic.Bool
		busy, returned := make(chan struct{}), make(chan struct{})
		s := Merge(func(send func(int) bool) {
			defer close(returned)
			<-busy
			delivered.Store(send(1))
		})
		streams = append(streams, s)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for range stoppers {
			wg.Go(func() {
				<-start
				s.Stop()
			})
		}
		close(start) // release all eight at once
		wg.Wait()
		close(busy)
	receive:
		for {
			select {
			case _, ok := <-s.Values():
				if !ok {
					break receive
				}
			case <-returned:
				break receive
			}
		}
		if delivered.Load() {
			t.Fatalf("after %d goroutines had called Stop at once, a send returned true; want false", stoppers)
		}
	}
	for _, s := range streams {
		for range s.Values() {
		}
	}
}

// Many producers return at the same moment, 200 times over: Values must be
// closed exactly once, after all of them. A count of running producers
// that is decremented in one step and read in another lets two of them
// both see "I was the last", and the second close panics.
func TestProducersReturningTogetherCloseValuesOnce(t *testing.T) {
	const rounds, producers = 200, 32
	for range rounds {
		start := make(chan struct{})
		ps := make([]Producer, producers)
		for p := range ps {
			ps[p] = func(func(int) bool) { <-start }
		}
		s := Merge(ps...)
		close(start) // they all return now
		for v := range s.Values() {
			t.Fatalf("Values gave %d, but no producer sent anything", v)
		}
	}
}

// Producers send while the consumer receives, and Stop comes in the
// middle from the consumer. What came out must be exactly what the sends
// delivered, in order; once a producer's send has returned false, every
// later send of that producer must too.
func TestStopWhileProducersSend(t *testing.T) {
	const producers, each, stopAfter = 8, 1000, 200
	delivered := make([]int, producers) // how many sends of producer p returned true
	ps := make([]Producer, producers)
	for p := range ps {
		ps[p] = func(send func(int) bool) {
			for i := 0; i < each; i++ {
				if !send(p<<16 | i) {
					for range 3 { // Stop stays stopped
						if send(p<<16 | each) {
							delivered[p] = -1
							return
						}
					}
					return
				}
				delivered[p]++
			}
		}
	}
	s := Merge(ps...)
	got := make([]int, producers)
	n := 0
	for v := range s.Values() {
		p, i := v>>16, v&(1<<16-1)
		if p < 0 || p >= producers || i != got[p] {
			t.Fatalf("Values gave value %d of producer %d, want its value %d next: every delivered value once, in order",
				i, p, got[min(max(p, 0), producers-1)])
		}
		got[p]++
		if n++; n == stopAfter {
			s.Stop()
		}
	}
	for p := range producers {
		switch {
		case delivered[p] < 0:
			t.Errorf("producer %d's send returned false after Stop, and a later send returned true: once stopped, "+
				"every send must return false", p)
		case delivered[p] != got[p]:
			t.Errorf("%d of producer %d's sends returned true, but %d of its values came out: a send returns true "+
				"exactly when the consumer received its value", delivered[p], p, got[p])
		}
	}
	if n >= producers*each {
		t.Errorf("all %d values came out though Stop was called after %d: sends after Stop must return false",
			n, stopAfter)
	}
}
