package downloads

// These tests use only DownloadAll and Result, so any correct fix passes: a
// WaitGroup with one slot per goroutine, a WaitGroup and a mutex, a channel
// that collects the results. The fake downloads run in a synctest bubble
// (testing/synctest), where time is a fake clock that moves only when every
// goroutine in the bubble is blocked. So a "download that takes 4s" takes no
// real time, and the tests know for certain what ran at the same time, what
// finished first and whether DownloadAll returned too early, on any machine.
// A DownloadAll that waits for something that never comes is stopped at once
// with "deadlock: all goroutines in bubble are blocked".

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// DownloadAll must not leave downloads running behind its caller's back.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testFilms are the seed's films and one more.
var testFilms = []string{"举起手来", "毒液", "金刚", "海王"}

// testManyFilms are many more films than any machine has cores, and more than
// any fixed number of workers or buffer a fix might choose; filmIndex[film]
// is film's index in testManyFilms.
var testManyFilms, testFilmIndex = func() ([]string, map[string]int) {
	names, index := make([]string, 10000), map[string]int{}
	for i := range names {
		names[i] = fmt.Sprintf("film %05d", i+1)
		index[names[i]] = i
	}
	return names, index
}()

// testFakeResult is what the fake downloads return for film, unless a test says
// otherwise.
func testFakeResult(film string) Result {
	return Result{Film: film, Size: len([]rune(film)) << 20}
}

// testCheckResults reports whether got holds the results want, one per film, in
// the order of films, and if not, what went wrong.
func testCheckResults(t *testing.T, films []string, got, want []Result) {
	t.Helper()
	switch {
	case slices.Equal(got, want):
	case len(got) != len(want):
		t.Errorf("DownloadAll returned %d results for %d films, want one per film", len(got), len(films))
	case testSameResults(got, want):
		t.Errorf("DownloadAll returned the results in the order the downloads finished, %v, "+
			"want the order of films, %v: results[i] must be the result for films[i], whichever finishes first",
			testShort(testFilmsOf(got)), testShort(films))
	case slices.Contains(got, Result{}):
		t.Errorf("DownloadAll returned %v: the empty results are downloads that had not finished "+
			"when DownloadAll returned; it must wait for every one of them", testShort(got))
	case len(want) > 10:
		i := 0
		for got[i] == want[i] {
			i++
		}
		t.Errorf("DownloadAll returned the wrong results: results[%d] is %+v, want %+v", i, got[i], want[i])
	default:
		t.Errorf("DownloadAll returned the wrong results (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// testShort formats a long list by its first few elements.
func testShort[T any](list []T) string {
	if len(list) <= 10 {
		return fmt.Sprint(list)
	}
	return fmt.Sprintf("%v ...] (%d in all)", strings.TrimSuffix(fmt.Sprint(list[:6]), "]"), len(list))
}

// testSameResults reports whether a and b hold the same results in any order.
// (Not cmpopts.SortSlices: it panics when a DownloadAll that did not wait
// is still writing the slice while it sorts.)
func testSameResults(a, b []Result) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	byFilm := func(r, s Result) int {
		if c := strings.Compare(r.Film, s.Film); c != 0 {
			return c
		}
		return r.Size - s.Size
	}
	slices.SortFunc(x, byFilm)
	slices.SortFunc(y, byFilm)
	return slices.Equal(x, y)
}

// testFakeResults returns the results the fake downloads give for films.
func testFakeResults(films []string) []Result {
	want := make([]Result, len(films))
	for i, film := range films {
		want[i] = testFakeResult(film)
	}
	return want
}

// testDrainLeftovers lets any download that DownloadAll left running finish: the
// fake clock stops when the test function returns, so a download still
// asleep then would never wake. In the bubble this hour takes no real time.
func testDrainLeftovers() { time.Sleep(time.Hour) }

func testFilmsOf(results []Result) []string {
	var names []string
	for _, r := range results {
		names = append(names, r.Film)
	}
	return names
}

// testRanAtOnce is whether TestDownloadAllRunsEveryDownloadAtOnce has run in this
// test process.
var testRanAtOnce bool

// Every download must run at the same time as the others, like the seed's
// threads, however many films there are: here 10,000 (goroutines are cheap),
// more than any fixed number of workers a fix might choose, and more than
// runtime.NumCPU() times 100 on any machine. Each fake download waits until
// all of them are in flight; if they never are, the test gives up after a
// (fake) minute, lets them go, and reports how many were in flight. Fake
// time makes the answer the same on every run, so when the test is repeated
// (-count, -cpu) the repeats use only 200 films: 10,000 goroutines cost
// about 0.1 s of CPU under the race detector.
func TestDownloadAllRunsEveryDownloadAtOnce(t *testing.T) {
	manyFilms := testManyFilms
	if testRanAtOnce {
		manyFilms = manyFilms[:200]
	}
	testRanAtOnce = true
	synctest.Test(t, func(t *testing.T) {
		var (
			inFlight atomic.Int64
			calls    = make([]atomic.Int64, len(manyFilms))
			allIn    = make(chan struct{})
			giveUp   = make(chan struct{})
		)
		download := func(film string) Result {
			calls[testFilmIndex[film]].Add(1)
			if inFlight.Add(1) == int64(len(manyFilms)) {
				close(allIn)
			}
			select {
			case <-allIn:
			case <-giveUp:
			}
			return testFakeResult(film)
		}
		mostInFlight := make(chan int64, 1)
		go func() {
			select {
			case <-allIn:
				mostInFlight <- int64(len(manyFilms))
			case <-time.After(time.Minute): // fake time: costs nothing
				// Every goroutine in the bubble is blocked, and no download
				// has ended: this is the most that were ever in flight.
				mostInFlight <- inFlight.Load()
				close(giveUp)
			}
		}()

		got := DownloadAll(manyFilms, download)
		if most := <-mostInFlight; most < int64(len(manyFilms)) {
			t.Errorf("at most %d of %d downloads ran at the same time: DownloadAll must start every "+
				"download in its own goroutine before it waits for any of them, with no limit on how many", most, len(manyFilms))
		}
		for i := range calls {
			if n := calls[i].Load(); n != 1 {
				t.Errorf("download(%q) was called %d times, want once", manyFilms[i], n)
				break
			}
		}
		testCheckResults(t, manyFilms, got, testFakeResults(manyFilms))
	})
}

// DownloadAll must not return while a download is still running: the seed
// calls t1.join() and t2.join() for that. The fake downloads here block until
// the test lets them go, one at a time, the last film first. synctest.Wait
// returns once every other goroutine in the bubble is blocked or gone, so
// after each release DownloadAll has either returned (too early, if some
// download is still blocked) or is waiting, as it should.
func TestDownloadAllWaitsForEveryDownload(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make([]chan struct{}, len(testFilms))
		for i := range release {
			release[i] = make(chan struct{})
		}
		var mu sync.Mutex
		running := 0
		download := func(film string) Result {
			mu.Lock()
			running++
			mu.Unlock()
			<-release[slices.Index(testFilms, film)]
			mu.Lock()
			running--
			mu.Unlock()
			return testFakeResult(film)
		}
		done := make(chan []Result, 1)
		go func() { done <- DownloadAll(testFilms, download) }()

		for i := len(testFilms) - 1; i >= 0; i-- {
			synctest.Wait()
			select {
			case got := <-done:
				mu.Lock()
				n := running
				mu.Unlock()
				for ; i >= 0; i-- {
					close(release[i])
				}
				t.Fatalf("DownloadAll returned (with %d results) while %d of the %d downloads were still running: "+
					"it must wait until every download has finished, as join() does in the seed", len(got), n, len(testFilms))
			default:
			}
			close(release[i])
		}
		got := <-done
		mu.Lock()
		n := running
		mu.Unlock()
		if n != 0 {
			t.Errorf("DownloadAll returned while %d downloads were still running: it must wait for every one", n)
		}
		testCheckResults(t, testFilms, got, testFakeResults(testFilms))
	})
}

// Goroutines finish in any order. Here the last film finishes first (each fake
// download takes a second longer than the next one), yet results[i] must
// still be the result for films[i].
func TestDownloadAllKeepsTheOrderOfFilms(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		took := map[string]time.Duration{}
		for i, film := range testFilms {
			took[film] = time.Duration(len(testFilms)-i) * time.Second
		}
		download := func(film string) Result {
			time.Sleep(took[film]) // fake time, like the seed's time.sleep(a)
			return testFakeResult(film)
		}
		testCheckResults(t, testFilms, DownloadAll(testFilms, download), testFakeResults(testFilms))
	})
}

// The same film twice is two downloads, and each result goes to its own
// slot: results[i] is what the download for films[i] returned, even when
// films[j] names the same film. Each fake download returns a result of its
// own (Size counts the calls), so results keyed by film name, or placed at
// the first index of their film, lose one.
func TestDownloadAllKeepsDuplicateFilmsApart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer testDrainLeftovers()
		dups := []string{"金刚", "毒液", "金刚", "海王", "金刚"}
		var mu sync.Mutex
		var returned []Result
		download := func(film string) Result {
			time.Sleep(time.Second)
			mu.Lock()
			defer mu.Unlock()
			r := Result{Film: film, Size: len(returned) + 1}
			returned = append(returned, r)
			return r
		}
		got := DownloadAll(dups, download)
		mu.Lock()
		defer mu.Unlock()
		if len(returned) != len(dups) {
			t.Fatalf("DownloadAll(%q) called download %d times, want %d: once for each element of films, "+
				"the same film twice included", dups, len(returned), len(dups))
		}
		if len(got) != len(dups) {
			t.Fatalf("DownloadAll returned %d results for %d films, want one per film", len(got), len(dups))
		}
		for i, r := range got {
			if r.Film != dups[i] {
				t.Fatalf("results[%d] is for film %q, want %q (films[%d]): DownloadAll returned %v for films %q; "+
					"each result must be in its own slot, results[i] for films[i], even when two elements of films name the same film",
					i, r.Film, dups[i], i, got, dups)
			}
		}
		if !testSameResults(got, returned) {
			t.Errorf("the downloads returned %v, but DownloadAll returned %v: each result must be in its own slot, "+
				"results[i] for films[i], even when two elements of films name the same film", returned, got)
		}
	})
}

// No films, no downloads: DownloadAll returns at once with no results. (In
// the bubble, a DownloadAll that waits for a result that never comes is a
// deadlock, reported at once.)
func TestDownloadAllWithNoFilms(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for _, none := range [][]string{nil, {}} {
			got := DownloadAll(none, func(film string) Result {
				t.Errorf("download(%q) was called, but there are no films", film)
				return Result{}
			})
			if len(got) != 0 {
				t.Errorf("DownloadAll(%#v, ...) returned %v, want no results", none, got)
			}
		}
	})
}
