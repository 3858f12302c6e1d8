package queue

// These tests use only the exported API, so any correct design passes: a
// mutex with a sync.Cond, a mutex with a channel to wake waiters, channels
// alone, ... The tests about waiting and waking run in a testing/synctest
// bubble: synctest.Wait returns only once every other goroutine in the
// bubble is blocked, so "this Get is waiting" and "that Put woke nobody" are
// facts, not guesses about timing. A Get that spins in a loop instead of
// blocking never lets synctest.Wait return, and the test runs out of time.

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"testing/synctest"

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
		if got, err := q.GetNowait(); got != want || err != nil {
			t.Fatalf("GetNowait returned (%d, %v), want (%d, nil): items come out in the order they went in", got, err, want)
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

// Four producers put 25 numbered items each while three consumers take
// them. Every item must come out exactly once, and each consumer must see
// each producer's items in the order they were put.
func TestProducersAndConsumersLoseNothing(t *testing.T) {
	const producers, each, consumers = 4, 25, 3
	q := New()
	start := make(chan struct{})
	var produced sync.WaitGroup
	for p := range producers {
		produced.Go(func() {
			<-start
			for i := range each {
				if err := q.Put(p*1000 + i); err != nil {
					t.Errorf("Put on an open queue returned %v, want nil", err)
				}
			}
		})
	}
	got := make([][]int, consumers)
	var consumed sync.WaitGroup
	for c := range consumers {
		consumed.Go(func() {
			<-start
			for {
				item, err := q.Get()
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil {
					t.Errorf("Get returned %v, want an item or ErrClosed", err)
					return
				}
				got[c] = append(got[c], item)
			}
		})
	}
	close(start)
	produced.Wait()
	q.Close()
	consumed.Wait()

	seen := make(map[int]int)
	for c, items := range got {
		last := map[int]int{}
		for _, item := range items {
			seen[item]++
			p, i := item/1000, item%1000
			if prev, ok := last[p]; ok && i <= prev {
				t.Errorf("consumer %d got producer %d's item %d after its item %d: a queue is first in, first out", c, p, i, prev)
			}
			last[p] = i
		}
	}
	var lost, twice []string
	for p := range producers {
		for i := range each {
			switch n := seen[p*1000+i]; {
			case n == 0:
				lost = append(lost, fmt.Sprint(p*1000+i))
			case n > 1:
				twice = append(twice, fmt.Sprint(p*1000+i))
			}
		}
	}
	if len(lost) > 0 || len(twice) > 0 || len(seen) != producers*each {
		t.Errorf("%d producers put %d items; the consumers got %d distinct items, lost %d %v and got %d more than once %v",
			producers, producers*each, len(seen), len(lost), lost, len(twice), twice)
	}
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

// result is what one Get returned.
type result struct {
	item int
	err  error
}

// startGets starts n goroutines that each call q.Get once and send what it
// returned on the channel they share.
func startGets(q *Queue, n int) chan result {
	results := make(chan result, n)
	for range n {
		go func() {
			item, err := q.Get()
			results <- result{item, err}
		}()
	}
	return results
}

// arrived returns the results sent so far, without waiting for more.
func arrived(results chan result) []result {
	var rs []result
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
		results := startGets(q, 1)
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
		results := startGets(q, 2)
		synctest.Wait() // both Gets are blocked now, or have returned
		if rs := arrived(results); len(rs) > 0 {
			t.Errorf("Get on an empty queue returned %v before any Put: it must wait", rs[0])
		}
		q.Put(1)
		synctest.Wait()
		rs := arrived(results)
		switch {
		case len(rs) == 0:
			t.Errorf("Put(1) did not wake either of the two waiting Gets: a Put must wake a waiting Get at once")
		case len(rs) > 1:
			t.Errorf("Put(1) with two Gets waiting made both return %v: the one that finds the item gone must wait again", rs)
		case rs[0] != result{1, nil}:
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
		results := startGets(q, 2)
		synctest.Wait()
		q.Put(1)
		q.Put(2)
		synctest.Wait()
		rs := arrived(results)
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
		results := startGets(q, 1)
		synctest.Wait()
		q.Put(1)
		item, err := q.GetNowait()
		synctest.Wait()
		rs := arrived(results)
		switch {
		case err == nil && item == 1 && len(rs) > 0:
			t.Errorf("Put(1) woke a waiting Get, GetNowait took the 1, and the Get returned (%d, %v) from a queue "+
				"that is open and empty: a woken Get must check again for an item and wait if there is none", rs[0].item, rs[0].err)
		case errors.Is(err, ErrEmpty) && (len(rs) != 1 || rs[0] != result{1, nil}):
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
		results := startGets(q, 2)
		synctest.Wait()
		q.Put(1)
		q.Close()
		synctest.Wait()
		rs := arrived(results)
		if len(rs) < 2 {
			t.Errorf("after Put(1) and Close, %d of the 2 waiting Gets returned: Close must wake every waiting Get", len(rs))
		} else if !(rs[0] == result{1, nil} && errors.Is(rs[1].err, ErrClosed) || rs[1] == result{1, nil} && errors.Is(rs[0].err, ErrClosed)) {
			t.Errorf("two Gets waiting, then Put(1) and Close: they returned %v, want one (1, nil) and one ErrClosed", rs)
		}
		for range 2 - len(rs) {
			<-results
		}
	})
}
