package gil

// These tests never time anything: the machine running them may be busy.
// They prove the work is split by making f (or fetch) wait until enough
// calls are running at the same time; correct code gets there at once, code
// that runs the calls one after another never does, and gives up after a few
// seconds. They ask for more calls at once than any machine has cores, so
// code that caps its goroutines at runtime.NumCPU() or GOMAXPROCS fails on a
// 16-core laptop just as it does on a 2-core one. The last two tests give f
// and fetch hours to finish, on the fake clock of a testing/synctest bubble,
// which lets those hours pass at once.

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// Sum and TotalBytes must wait for the goroutines they start.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testMany is how many calls the parallelism tests want running at once: more
// than this machine's CPUs, and more than most machines have.
var testMany = max(128, 2*runtime.NumCPU())

func testSquare(i int) int { return i*i + 1 }

func testSumOfSquares(lo, hi int) int {
	want := 0
	for i := lo; i < hi; i++ {
		want += testSquare(i)
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
			return testSquare(i)
		})
		mu.Lock()
		wrongCalls := testCallsNotOnce(calls, c.lo, c.hi)
		mu.Unlock()
		if wrongCalls != "" {
			t.Errorf("Sum(%d, %d, %d, f) %s, want each number of [%d, %d) once: "+
				"check where each chunk starts and ends, and that f is called once per number",
				c.lo, c.hi, c.workers, wrongCalls, c.lo, c.hi)
		}
		if want := testSumOfSquares(c.lo, c.hi); got != want {
			t.Errorf("Sum(%d, %d, %d, f) = %d, want %d", c.lo, c.hi, c.workers, got, want)
		}
	}
}

// testCallsNotOnce describes the numbers that calls does not count exactly once
// among lo … hi-1, or the ones outside, or returns "" when all is well.
func testCallsNotOnce(calls map[int]int, lo, hi int) string {
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

// Sum must really split the work, into chunks of equal size give or take
// one number: f waits until every non-empty chunk is running its first
// number at the same moment, then the same for every chunk's second number,
// and so on. Chunks whose sizes differ by at most one pass every round; a
// split that leaves a chunk empty while another holds two numbers, or gives
// one chunk many more, stalls in some round. f must also be called from no
// more goroutines than there are chunks.
func TestSumRunsEveryChunkAtOnce(t *testing.T) {
	for _, c := range []struct{ n, workers int }{
		{2*testMany - 1, testMany}, // chunks of 2, the last one of 1
		{testMany + 1, testMany},   // one chunk of 2, the others of 1
		{3 * testMany, testMany},   // three rounds of every chunk
		{10, 64},                   // more workers than numbers: 10 chunks of 1, the others empty
	} {
		lo := -7
		hi := lo + c.n
		b := testNewBarrier(testSumRounds(c.n, c.workers))
		got := Sum(lo, hi, c.workers, func(i int) int {
			b.arrive(i)
			return testSquare(i)
		})
		b.mu.Lock()
		calls := map[int]int{}
		for arg, n := range b.calls {
			calls[arg.(int)] = n
		}
		if wrongCalls := testCallsNotOnce(calls, lo, hi); wrongCalls != "" {
			t.Errorf("Sum(%d, %d, %d, f) %s, want each number of [%d, %d) once: "+
				"check where each chunk starts and ends, and that f is called once per number",
				lo, hi, c.workers, wrongCalls, lo, hi)
		} else if want := testSumOfSquares(lo, hi); got != want {
			t.Errorf("Sum(%d, %d, %d, f) = %d, want %d: results were lost while the chunks ran at the same time: "+
				"do two goroutines read the same old total, and the later write overwrite the earlier?",
				lo, hi, c.workers, got, want)
		}
		if b.gaveUp {
			t.Errorf("Sum(%d, %d, %d, f): %s: %s",
				lo, hi, c.workers, b.stall("call(s) of f"), testSplitAdvice(c.n, c.workers))
		}
		if n := len(b.goroutines); n > c.workers {
			t.Errorf("Sum(%d, %d, %d, f) called f from %d different goroutines, want at most %d: "+
				"one goroutine per chunk sums the whole chunk, not one goroutine per number",
				lo, hi, c.workers, n, c.workers)
		}
		b.mu.Unlock()
	}
}

// testSumRounds says how many calls of f run together in each round when n
// numbers are split into workers chunks whose sizes differ by at most one:
// every chunk has n/workers numbers, and n%workers of them one more.
func testSumRounds(n, workers int) []int {
	var rounds []int
	for range n / workers {
		rounds = append(rounds, workers)
	}
	if n%workers > 0 {
		rounds = append(rounds, n%workers)
	}
	return rounds
}

// testChunks says "3 chunks of 2 numbers", "1 chunk of 1 number", "2 empty chunks".
func testChunks(count, size int) string {
	s := fmt.Sprintf("%d chunk", count)
	if count != 1 {
		s += "s"
	}
	switch size {
	case 0:
		return strings.Replace(s, " chunk", " empty chunk", 1)
	case 1:
		return s + " of 1 number"
	}
	return fmt.Sprintf("%s of %d numbers", s, size)
}

// testSplitAdvice says what Sum must do for n numbers and workers chunks.
func testSplitAdvice(n, workers int) string {
	size, bigger := n/workers, n%workers
	sizes := testChunks(bigger, size+1) + " and " + testChunks(workers-bigger, size)
	if bigger == 0 {
		sizes = testChunks(workers, size)
	}
	return "split [lo, hi) into workers chunks whose sizes differ by at most one (here " + sizes + "), " +
		"start a goroutine for every chunk before waiting for any, as many as workers says (not one per CPU), " +
		"and don't hold a lock while f runs " +
		"(goroutines that take turns on a lock are no faster than Python threads under the GIL)"
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
	n := testMany
	urls, sizes, want := make([]string, n), map[string]int{}, 0
	for i := range urls {
		urls[i] = fmt.Sprintf("https://example.com/%d", i)
		sizes[urls[i]] = 100 * (i + 1)
		want += 100 * (i + 1)
	}
	b := testNewBarrier([]int{n})
	got := TotalBytes(urls, func(url string) int {
		b.arrive(url)
		return sizes[url]
	})
	b.mu.Lock()
	defer b.mu.Unlock()
	fetchedOnce := true
	for _, url := range urls {
		if c := b.calls[url]; c != 1 {
			t.Errorf("TotalBytes fetched %s %d times, want once", url, c)
			fetchedOnce = false
			break
		}
	}
	if fetchedOnce && got != want {
		t.Errorf("TotalBytes of %d urls = %d, want %d: sizes were lost while the fetches ran at the same time: "+
			"do two goroutines read the same old total, and the later write overwrite the earlier?", n, got, want)
	}
	if b.gaveUp {
		t.Errorf("TotalBytes of %d urls: %s: "+
			"a fetch mostly waits, so start one goroutine per url, however many urls and CPUs, and let them all wait together",
			n, b.stall("fetch(es)"))
	}
}

// Sum must wait for every call of f, however long f takes, and return the
// whole sum, never part of it after a time limit of its own. f sleeps hours
// here, in a synctest bubble, whose fake clock makes them pass at once.
func TestSumWaitsForSlowCalls(t *testing.T) {
	testSkipIfCallsTookTurns(t)
	synctest.Test(t, func(t *testing.T) {
		lo, hi, workers := 0, 30, 4
		var running atomic.Int64
		got := Sum(lo, hi, workers, func(i int) int {
			running.Add(1)
			defer running.Add(-1)
			time.Sleep(time.Duration(1+i%3) * time.Hour)
			return testSquare(i)
		})
		want := testSumOfSquares(lo, hi)
		if n := running.Load(); n > 0 {
			t.Errorf("Sum(%d, %d, %d, f) with an f that takes hours returned %d while %d call(s) of f were still running, "+
				"want %d once all had finished: wait for every goroutine, however long f takes, before adding up",
				lo, hi, workers, got, n, want)
		} else if got != want {
			t.Errorf("Sum(%d, %d, %d, f) with an f that takes hours = %d, want %d", lo, hi, workers, got, want)
		}
		time.Sleep(24 * time.Hour) // let calls still running finish, so the bubble can end
	})
}

// TotalBytes must wait for every fetch, however long it takes, and return
// the whole total, never part of it after a time limit of its own. The
// fetches take hours here, in a synctest bubble, whose fake clock makes them
// pass at once.
func TestTotalBytesWaitsForSlowFetches(t *testing.T) {
	testSkipIfCallsTookTurns(t)
	synctest.Test(t, func(t *testing.T) {
		urls, want := make([]string, 20), 0
		for i := range urls {
			urls[i] = fmt.Sprintf("https://slow.example.com/%d", i)
			want += len(urls[i])
		}
		var running atomic.Int64
		got := TotalBytes(urls, func(url string) int {
			running.Add(1)
			defer running.Add(-1)
			time.Sleep(time.Duration(1+len(url)%3) * time.Hour)
			return len(url)
		})
		if n := running.Load(); n > 0 {
			t.Errorf("TotalBytes of %d urls whose fetches take hours returned %d while %d fetch(es) were still running, "+
				"want %d once all had finished: wait for every fetch, however long it takes, before adding up",
				len(urls), got, n, want)
		} else if got != want {
			t.Errorf("TotalBytes of %d urls whose fetches take hours = %d, want %d", len(urls), got, want)
		}
		time.Sleep(24 * time.Hour) // let fetches still running finish, so the bubble can end
	})
}

// testSkipIfCallsTookTurns skips a synctest test when an earlier test already
// saw the calls of f or fetch take turns (see TestSumRunsEveryChunkAtOnce):
// when they take turns on a lock held while f sleeps, a synctest bubble
// hangs, since its fake clock only moves when no goroutine waits for a lock.
func testSkipIfCallsTookTurns(t *testing.T) {
	if testGaveUpBefore.Load() {
		t.Skip("skipped: an earlier test found calls that should run at the same time and did not; fix that first")
	}
}

// testGaveUpBefore is set once any barrier in this test process gave up.
// Later ones then give up quickly: the code under test is already known to
// run calls one at a time, and repeated tests must stay within the budget.
var testGaveUpBefore atomic.Bool

// testBarrier holds calls back in rounds: the first rounds[0] calls wait until
// all of them are running at the same time, then the next rounds[1] calls,
// and so on; calls after the last round go straight through. When a round
// does not fill within a few seconds it gives up and lets every call
// through.
type testBarrier struct {
	rounds []int

	mu         sync.Mutex
	round      int             // the round filling now
	arrived    int             // calls of that round running now
	open       chan struct{}   // closed when that round is full, or on giving up
	gaveUp     bool            // a round never filled
	calls      map[any]int     // how many times each argument was passed
	goroutines map[uint64]bool // the goroutines that made calls
}

func testNewBarrier(rounds []int) *testBarrier {
	return &testBarrier{rounds: rounds, open: make(chan struct{}), calls: map[any]int{}, goroutines: map[uint64]bool{}}
}

// arrive records a call with argument arg and waits for the rest of its round.
func (b *testBarrier) arrive(arg any) {
	id := testGoroutineID()
	b.mu.Lock()
	b.calls[arg]++
	b.goroutines[id] = true
	if b.gaveUp || b.round == len(b.rounds) {
		b.mu.Unlock()
		return
	}
	open := b.open
	b.arrived++
	if b.arrived == b.rounds[b.round] {
		close(open)
		b.round, b.arrived, b.open = b.round+1, 0, make(chan struct{})
	}
	b.mu.Unlock()
	b.wait(open)
}

// wait waits for open, or closes it itself on running out of patience.
func (b *testBarrier) wait(open chan struct{}) {
	patience := 3 * time.Second
	if testGaveUpBefore.Load() {
		patience = 50 * time.Millisecond
	}
	deadline := time.NewTimer(patience)
	defer deadline.Stop()
	select {
	case <-open:
	case <-deadline.C:
		testGaveUpBefore.Store(true)
		b.mu.Lock()
		select {
		case <-open: // the round filled meanwhile
		default:
			b.gaveUp = true
			close(open)
		}
		b.mu.Unlock()
	}
}

// stall describes the round that never filled, for a barrier that gave up.
func (b *testBarrier) stall(what string) string {
	if b.round == 0 {
		return fmt.Sprintf("at most %d %s ran at the same time, want %d", b.arrived, what, b.rounds[0])
	}
	// Only Sum has several rounds: round k is every chunk's k-th number.
	return fmt.Sprintf("the chunks called f for their number %d all at the same time, "+
		"but for their number %d at most %d did, want %d", b.round, b.round+1, b.arrived, b.rounds[b.round])
}

// testGoroutineID returns the calling goroutine's id. The runtime does not
// export it, but the first line of a stack trace names it:
// "goroutine 42 [running]:".
func testGoroutineID() uint64 {
	var buf [64]byte
	line := bytes.TrimPrefix(buf[:runtime.Stack(buf[:], false)], []byte("goroutine "))
	id, _, _ := bytes.Cut(line, []byte(" "))
	n, err := strconv.ParseUint(string(id), 10, 64)
	if err != nil {
		panic("cannot read a goroutine id from " + strconv.Quote(string(buf[:])))
	}
	return n
}
