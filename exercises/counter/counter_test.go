package counter

// These tests use only the exported API, so every correct design passes:
// an atomic.Int64 with Swap, the sync/atomic functions on an int64, a
// mutex around every access, a compare-and-swap loop. The race detector
// catches a plain access mixed with atomic ones; the totals catch what it
// cannot see, a Reset that reads the count and clears it in two atomic
// steps, which loses the Adds that land in between without any race.

import (
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

// The zero value counts, deltas may be negative, and Reset returns what it
// cleared and leaves zero behind.
func TestResetReturnsTheCountAndClearsIt(t *testing.T) {
	var c Counter
	if got := c.Value(); got != 0 {
		t.Errorf("a new Counter's Value() = %d, want 0", got)
	}
	c.Add(5)
	c.Add(-2)
	if got := c.Value(); got != 3 {
		t.Errorf("after Add(5) and Add(-2), Value() = %d, want 3", got)
	}
	if got := c.Reset(); got != 3 {
		t.Errorf("after Add(5) and Add(-2), Reset() = %d, want 3: Reset returns the count it cleared", got)
	}
	if got := c.Value(); got != 0 {
		t.Errorf("after Reset, Value() = %d, want 0", got)
	}
	if got := c.Reset(); got != 0 {
		t.Errorf("a second Reset with no Add in between returned %d, want 0: the first one cleared the count", got)
	}
	c.Add(7)
	if got := c.Value(); got != 7 {
		t.Errorf("after Reset and Add(7), Value() = %d, want 7", got)
	}
}

// Many goroutines, released at once, each add their own deltas, some
// negative: every one must count.
func TestAddsFromManyGoroutinesAllCount(t *testing.T) {
	const goroutines, each = 64, 200
	var c Counter
	start := make(chan struct{})
	var wg sync.WaitGroup
	var want int64
	for g := range goroutines {
		delta := int64(g%7 - 2) // -2 .. 4
		want += delta * each
		wg.Go(func() {
			<-start
			for range each {
				c.Add(delta)
			}
		})
	}
	close(start)
	wg.Wait()
	if got := c.Value(); got != want {
		t.Errorf("after %d goroutines had each called Add %d times at once, Value() = %d, want %d: some Adds were lost",
			goroutines, each, got, want)
	}
}

// Value may be called while Adds run. With only positive deltas the count
// only grows, so a reader never sees it go back, nor past the total.
func TestValueWhileAdding(t *testing.T) {
	const adders, each = 4, 2000
	var c Counter
	var wg sync.WaitGroup
	for range adders {
		wg.Go(func() {
			for range each {
				c.Add(1)
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	var last int64
	for reading := true; reading; {
		select {
		case <-done:
			reading = false
		default:
		}
		v := c.Value()
		if v < last || v > adders*each {
			t.Fatalf("Value() = %d after it had returned %d, while %d goroutines each added 1 %d times: "+
				"a count read while Adds run must be one the count passed through", v, last, adders, each)
		}
		last = v
	}
	if v := c.Value(); v != adders*each {
		t.Errorf("after %d goroutines had each added 1 %d times, Value() = %d, want %d", adders, each, v, adders*each)
	}
}

// Value only reads: with no Add or Reset running, every Value returns the
// count, also while other goroutines call Value at the same moment. A Value
// that takes the count out and puts it back (a Swap(0), then an Add) leaves
// it at zero for a moment, and another Value that comes then returns 0. The
// readers loop for about 10 ms, on as many threads as GOMAXPROCS allows.
func TestValueFromManyGoroutinesAtOnce(t *testing.T) {
	const readers, count = 4, 42
	var c Counter
	c.Add(count)
	end := time.Now().Add(10 * time.Millisecond)
	var seen atomic.Bool
	var got atomic.Int64
	var wg sync.WaitGroup
	for range readers {
		wg.Go(func() {
			for i := 0; i%64 != 0 || time.Now().Before(end); i++ {
				if v := c.Value(); v != count && seen.CompareAndSwap(false, true) {
					got.Store(v)
				}
			}
		})
	}
	wg.Wait()
	if seen.Load() {
		t.Errorf("%d goroutines called Value at once on a count of %d, with no Add or Reset running, and one Value "+
			"returned %d: Value only reads the count, it never changes it, not even for a moment", readers, count, got.Load())
	}
	if v := c.Reset(); v != count {
		t.Errorf("after %d goroutines had only called Value on a count of %d, Reset() = %d, want %d", readers, count, v, count)
	}
}

// Adders add 1 as fast as they can while an exporter calls Reset over and
// over. Each Add must show up exactly once, in the sum of what the Resets
// returned or in the count left at the end.
//
// A Reset that reads the count and then stores 0 in a second step loses
// every Add that lands between the two. That gap holds nothing the test
// could make wait, so the test cannot widen it; it makes it hit often
// instead: four adders keep the count busy, and the exporter resets in a
// tight loop, in rounds of 10, 20 and 40 ms. Whenever the scheduler
// stops the exporter between its two steps, or an adder on another core
// gets in between, every Add made meanwhile is wiped out.
func TestResetWhileAddingLosesNothing(t *testing.T) {
	const adders = 4
	for d := 10 * time.Millisecond; d <= 40*time.Millisecond; d *= 2 {
		if !testResetWhileAdding(t, adders, d) {
			return
		}
	}
}

// testResetWhileAdding runs one round of TestResetWhileAddingLosesNothing for
// about d, and reports whether it passed.
func testResetWhileAdding(t *testing.T, adders int, d time.Duration) bool {
	var c Counter
	var stop atomic.Bool
	added := make([]int64, adders)
	var wg sync.WaitGroup
	for a := range adders {
		wg.Go(func() {
			var n int64
			for !stop.Load() {
				c.Add(1)
				n++
			}
			added[a] = n
		})
	}
	end := time.Now().Add(d)
	var taken int64
	resets := 0
	for resets%64 != 0 || time.Now().Before(end) {
		taken += c.Reset()
		resets++
	}
	stop.Store(true)
	wg.Wait()
	left := c.Reset()
	var total int64
	for _, n := range added {
		total += n
	}
	if taken+left != total {
		t.Errorf("%d goroutines added 1, %d times in all, while another called Reset %d times: the Resets returned %d "+
			"and %d was left, %d in all, want %d. An Add was lost or counted twice: Reset must read the count and clear "+
			"it in one step that no Add can fall between", adders, total, resets, taken, left, taken+left, total)
		return false
	}
	return true
}
