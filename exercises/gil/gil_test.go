package gil

// These tests never time anything: the machine running them may be busy.
// They prove the work is split by making f (or fetch) wait until enough
// calls are running at the same time; correct code gets there at once, code
// that runs the calls one after another never does, and gives up after a few
// seconds. They ask for more calls at once than any machine has cores, so
// code that caps its goroutines at runtime.NumCPU() or GOMAXPROCS fails on a
// 16-core laptop just as it does on a 2-core one.

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
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

// many is how many calls the parallelism tests want running at once: more
// than this machine's CPUs, and more than most machines have.
var many = max(128, 2*runtime.NumCPU())

func square(i int) int { return i*i + 1 }

func sumOfSquares(lo, hi int) int {
	want := 0
	for i := lo; i < hi; i++ {
		want += square(i)
	}
	return want
}

// Every number of [lo, hi) must be passed to f exactly once, whatever the
// numbers: chunks that overlap count a number twice, chunks that stop short
// drop some, and chunks that overshoot call f outside the range. The cases
// include workers that do not divide the length, more workers than
// numbers, and empty ranges.
func TestSumIsExact(t *testing.T) {
	for _, c := range []struct{ lo, hi, workers int }{
		{0, 10, 1}, {0, 10, 3}, {1, 101, 4}, {-3, 4, 2}, {0, 7, 7}, {0, 5, 4}, {-20, -9, 4},
		{0, 2, 3}, {0, 3, 8}, {10, 11, 64}, // more workers than numbers
		{5, 5, 1}, {5, 5, 3}, {5, 2, 3}, // empty ranges
	} {
		var mu sync.Mutex
		calls := map[int]int{}
		got := Sum(c.lo, c.hi, c.workers, func(i int) int {
			mu.Lock()
			calls[i]++
			mu.Unlock()
			return square(i)
		})
		mu.Lock()
		wrongCalls := callsNotOnce(calls, c.lo, c.hi)
		mu.Unlock()
		if wrongCalls != "" {
			t.Errorf("Sum(%d, %d, %d, f) %s, want each number of [%d, %d) once: "+
				"check where each chunk starts and ends, and that f is called once per number",
				c.lo, c.hi, c.workers, wrongCalls, c.lo, c.hi)
		}
		if want := sumOfSquares(c.lo, c.hi); got != want {
			t.Errorf("Sum(%d, %d, %d, f) = %d, want %d", c.lo, c.hi, c.workers, got, want)
		}
	}
}

// callsNotOnce describes the numbers that calls does not count exactly once
// among lo … hi-1, or the ones outside, or returns "" when all is well.
func callsNotOnce(calls map[int]int, lo, hi int) string {
	for i := lo; i < hi; i++ {
		if n := calls[i]; n != 1 {
			return fmt.Sprintf("called f(%d) %d times", i, n)
		}
	}
	for i, n := range calls {
		if i < lo || i >= hi {
			return fmt.Sprintf("called f(%d) %d times, outside the range", i, n)
		}
	}
	return ""
}

func TestCountPrimesIsExact(t *testing.T) {
	for _, c := range []struct{ lo, hi, workers, want int }{
		{0, 10_000, 4, 1229}, {100, 200, 3, 21}, {0, 2, 2, 0}, {2, 3, 1, 1}, {0, 30, 64, 10},
	} {
		if got := CountPrimes(c.lo, c.hi, c.workers); got != c.want {
			t.Errorf("CountPrimes(%d, %d, %d) = %d, want %d", c.lo, c.hi, c.workers, got, c.want)
		}
	}
}

// Sum must really split the work: with many workers, one call of f from
// every chunk must be running at the same moment, and f must be called from
// no more goroutines than there are chunks.
func TestSumRunsEveryChunkAtOnce(t *testing.T) {
	workers := many
	lo := -7
	hi := lo + 2*workers - 1 // chunks of uneven sizes
	r := newRendezvous(workers)
	got := Sum(lo, hi, workers, func(i int) int {
		r.arrive(i)
		return square(i)
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	calls := map[int]int{}
	for arg, n := range r.calls {
		calls[arg.(int)] = n
	}
	if wrongCalls := callsNotOnce(calls, lo, hi); wrongCalls != "" {
		t.Errorf("Sum(%d, %d, %d, f) %s, want each number of [%d, %d) once: "+
			"check where each chunk starts and ends, and that f is called once per number",
			lo, hi, workers, wrongCalls, lo, hi)
	} else if want := sumOfSquares(lo, hi); got != want {
		t.Errorf("Sum(%d, %d, %d, f) = %d, want %d: results were lost while the chunks ran at the same time: "+
			"do two goroutines read the same old total, and the later write overwrite the earlier?",
			lo, hi, workers, got, want)
	}
	if r.gaveUp {
		t.Errorf("Sum(%d, %d, %d, f): at most %d call(s) of f ran at the same time, want %d, one per chunk: "+
			"start a goroutine for every chunk before waiting for any, as many as workers says (not one per CPU), "+
			"and don't hold a lock while f runs "+
			"(goroutines that take turns on a lock are no faster than Python threads under the GIL)",
			lo, hi, workers, r.most, workers)
	}
	if n := len(r.goroutines); n > workers {
		t.Errorf("Sum(%d, %d, %d, f) called f from %d different goroutines, want at most %d: "+
			"one goroutine per chunk sums the whole chunk, not one goroutine per number",
			lo, hi, workers, n, workers)
	}
}

// TotalBytes must add every fetch's bytes, fetching a url that is listed
// twice twice.
func TestTotalBytesIsExact(t *testing.T) {
	for _, urls := range [][]string{
		nil,
		{"https://example.com/a"},
		{"https://example.com/a", "https://example.com/bb", "https://example.com/ccc"},
		{"https://example.com/a", "https://example.com/bb", "https://example.com/a", "https://example.com/a"},
	} {
		want := 0
		for _, url := range urls {
			want += len(url)
		}
		var fetches atomic.Int64
		got := TotalBytes(urls, func(url string) int {
			fetches.Add(1)
			return len(url)
		})
		if got != want || fetches.Load() != int64(len(urls)) {
			t.Errorf("TotalBytes(%q) with a fetch that returns len(url) = %d after %d fetches, want %d after %d: "+
				"every url in the list counts, a url listed twice too",
				urls, got, fetches.Load(), want, len(urls))
		}
	}
}

// TotalBytes must start every fetch before waiting for any: all of them,
// however many urls and however few CPUs.
func TestTotalBytesFetchesAllAtOnce(t *testing.T) {
	n := many
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
	fetchedOnce := true
	for _, url := range urls {
		if c := r.calls[url]; c != 1 {
			t.Errorf("TotalBytes fetched %s %d times, want once", url, c)
			fetchedOnce = false
			break
		}
	}
	if fetchedOnce && got != want {
		t.Errorf("TotalBytes of %d urls = %d, want %d: sizes were lost while the fetches ran at the same time: "+
			"do two goroutines read the same old total, and the later write overwrite the earlier?", n, got, want)
	}
	if r.gaveUp {
		t.Errorf("at most %d of the %d fetches ran at the same time, want all %d: "+
			"a fetch mostly waits, so start one goroutine per url, however many urls and CPUs, and let them all wait together",
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

	mu         sync.Mutex
	inFlight   int             // calls running now
	most       int             // the most calls that ever ran at once
	gaveUp     bool            // reached was closed by the deadline
	calls      map[any]int     // how many times each argument was passed
	goroutines map[uint64]bool // the goroutines that made calls
}

func newRendezvous(want int) *rendezvous {
	return &rendezvous{want: want, reached: make(chan struct{}), calls: map[any]int{}, goroutines: map[uint64]bool{}}
}

// arrive records a call with argument arg and waits for the others.
func (r *rendezvous) arrive(arg any) {
	id := goroutineID()
	r.mu.Lock()
	r.calls[arg]++
	r.goroutines[id] = true
	r.inFlight++
	if r.inFlight > r.most {
		r.most = r.inFlight
		if r.most == r.want && !r.gaveUp {
			close(r.reached)
		}
	}
	r.mu.Unlock()

	select {
	case <-r.reached:
	default:
		r.wait()
	}

	r.mu.Lock()
	r.inFlight--
	r.mu.Unlock()
}

// wait waits for reached, or closes it itself on running out of patience.
func (r *rendezvous) wait() {
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
}

// goroutineID returns the calling goroutine's id. The runtime does not
// export it, but the first line of a stack trace names it:
// "goroutine 42 [running]:".
func goroutineID() uint64 {
	var buf [64]byte
	line := bytes.TrimPrefix(buf[:runtime.Stack(buf[:], false)], []byte("goroutine "))
	id, _, _ := bytes.Cut(line, []byte(" "))
	n, err := strconv.ParseUint(string(id), 10, 64)
	if err != nil {
		panic("cannot read a goroutine id from " + strconv.Quote(string(buf[:])))
	}
	return n
}
