package gil

// These tests never time anything: the machine running them may be busy.
// They prove the work is split by making f (or fetch) wait until enough
// calls are running at the same time; correct code gets there at once, code
// that runs the calls one after another never does, and gives up after a few
// seconds.

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// Sum and TotalBytes must wait for the goroutines they start.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func square(i int) int { return i*i + 1 }

func TestSumIsExact(t *testing.T) {
	for _, c := range []struct{ lo, hi, workers int }{
		{0, 10, 1}, {0, 10, 3}, {1, 101, 4}, {-3, 4, 2}, {0, 7, 7}, {0, 2, 3}, {5, 5, 2},
	} {
		want := 0
		for i := c.lo; i < c.hi; i++ {
			want += square(i)
		}
		if got := Sum(c.lo, c.hi, c.workers, square); got != want {
			t.Errorf("Sum(%d, %d, %d, f) = %d, want %d", c.lo, c.hi, c.workers, got, want)
		}
	}
}

func TestCountPrimesIsExact(t *testing.T) {
	for _, c := range []struct{ lo, hi, workers, want int }{
		{0, 10_000, 4, 1229}, {100, 200, 3, 21}, {0, 2, 2, 0}, {2, 3, 1, 1},
	} {
		if got := CountPrimes(c.lo, c.hi, c.workers); got != c.want {
			t.Errorf("CountPrimes(%d, %d, %d) = %d, want %d", c.lo, c.hi, c.workers, got, c.want)
		}
	}
}

func TestSumRunsEveryChunkAtOnce(t *testing.T) {
	const lo, hi, workers = 0, 22, 4 // chunks of uneven sizes
	r := newRendezvous(workers)
	got := Sum(lo, hi, workers, func(i int) int {
		r.arrive(i)
		return square(i)
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := lo; i < hi; i++ {
		if n := r.calls[i]; n != 1 {
			t.Errorf("Sum(%d, %d, %d, f) called f(%d) %d times, want once: check where each chunk starts and ends",
				lo, hi, workers, i, n)
		}
		delete(r.calls, i)
	}
	for i, n := range r.calls {
		t.Errorf("Sum(%d, %d, %d, f) called f(%v) %d times, but %v is outside [%d, %d)", lo, hi, workers, i, n, i, lo, hi)
	}
	want := 0
	for i := lo; i < hi; i++ {
		want += square(i)
	}
	if got != want {
		t.Errorf("Sum(%d, %d, %d, f) = %d, want %d", lo, hi, workers, got, want)
	}
	if r.gaveUp {
		t.Errorf("Sum(%d, %d, %d, f): at most %d call(s) of f ran at the same time, want %d, one per chunk: "+
			"start a goroutine for every chunk before waiting for any, and don't hold a lock while f runs "+
			"(goroutines that take turns on a lock are no faster than Python threads under the GIL)",
			lo, hi, workers, r.most, workers)
	}
	if r.most > workers {
		t.Errorf("Sum(%d, %d, %d, f) ran %d calls of f at the same time, want at most %d: one goroutine per chunk",
			lo, hi, workers, r.most, workers)
	}
}

func TestTotalBytesIsExact(t *testing.T) {
	for _, n := range []int{0, 1, 10} {
		urls, want := make([]string, n), 0
		for i := range urls {
			urls[i] = fmt.Sprintf("https://example.com/%d", i)
			want += len(urls[i])
		}
		if got := TotalBytes(urls, func(url string) int { return len(url) }); got != want {
			t.Errorf("TotalBytes of %d urls whose fetch returns len(url) = %d, want %d", n, got, want)
		}
	}
}

func TestTotalBytesFetchesAllAtOnce(t *testing.T) {
	const n = 8
	urls, sizes, want := make([]string, n), map[string]int{}, 0
	for i := range urls {
		urls[i] = fmt.Sprintf("https://example.com/%d", i)
		sizes[urls[i]] = 100 * (i + 1)
		want += 100 * (i + 1)
	}
	r := newRendezvous(n)
	got := TotalBytes(urls, func(url string) int {
		r.arrive(url)
		return sizes[url]
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, url := range urls {
		if c := r.calls[url]; c != 1 {
			t.Errorf("TotalBytes fetched %s %d times, want once", url, c)
		}
	}
	if got != want {
		t.Errorf("TotalBytes of %d urls = %d, want %d", n, got, want)
	}
	if r.gaveUp {
		t.Errorf("at most %d of the %d fetches ran at the same time, want all %d: "+
			"a fetch mostly waits, so start one goroutine per url and let them all wait together",
			r.most, n, n)
	}
}

// gaveUpBefore is set once any rendezvous in this test process gave up.
// Later ones then give up quickly: the code under test is already known to
// run calls one at a time, and repeated tests must stay within the budget.
var gaveUpBefore atomic.Bool

// rendezvous holds every call back until want calls are running at the same
// time, then lets all calls through; it gives up waiting after a few seconds.
type rendezvous struct {
	want    int
	reached chan struct{} // closed when want calls ran at once, or on giving up

	mu       sync.Mutex
	inFlight int         // calls running now
	most     int         // the most calls that ever ran at once
	gaveUp   bool        // reached was closed by the deadline
	calls    map[any]int // how many times each argument was passed
}

func newRendezvous(want int) *rendezvous {
	return &rendezvous{want: want, reached: make(chan struct{}), calls: map[any]int{}}
}

// arrive records a call with argument arg and waits for the others.
func (r *rendezvous) arrive(arg any) {
	r.mu.Lock()
	r.calls[arg]++
	r.inFlight++
	if r.inFlight > r.most {
		r.most = r.inFlight
		if r.most == r.want && !r.gaveUp {
			close(r.reached)
		}
	}
	r.mu.Unlock()

	patience := 3 * time.Second
	if gaveUpBefore.Load() {
		patience = 50 * time.Millisecond
	}
	deadline := time.NewTimer(patience)
	defer deadline.Stop()
	select {
	case <-r.reached:
	case <-deadline.C:
		gaveUpBefore.Store(true)
		r.mu.Lock()
		select {
		case <-r.reached: // another call closed it meanwhile
		default:
			r.gaveUp = true
			close(r.reached)
		}
		r.mu.Unlock()
	}

	r.mu.Lock()
	r.inFlight--
	r.mu.Unlock()
}
