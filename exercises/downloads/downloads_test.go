package downloads

// These tests use only DownloadAll and Result, so any correct fix passes: a
// WaitGroup with one slot per goroutine, a WaitGroup and a mutex, a channel
// that collects the results. The fake downloads run in a synctest bubble
// (testing/synctest), where time is a fake clock that moves only when every
// goroutine in the bubble is blocked. So a "download that takes 4s" takes no
// real time, and the tests know for certain what ran at the same time, what
// finished first and whether DownloadAll returned too early, on any machine.

import (
	"slices"
	"strings"
	"sync"
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

// films are the seed's films and one more, so that four downloads run at once.
var films = []string{"举起手来", "毒液", "金刚", "海王"}

// fakeResult is what every fake download returns for film.
func fakeResult(film string) Result {
	return Result{Film: film, Size: len([]rune(film)) << 20}
}

// checkResults reports whether got holds one result per film, in the order of
// films.
func checkResults(t *testing.T, got []Result) {
	t.Helper()
	want := make([]Result, len(films))
	for i, film := range films {
		want[i] = fakeResult(film)
	}
	switch {
	case slices.Equal(got, want):
	case len(got) != len(want):
		t.Errorf("DownloadAll returned %d results for %d films, want one per film: %v", len(got), len(films), got)
	case sameResults(got, want):
		t.Errorf("DownloadAll returned the results in the order the downloads finished, %v, "+
			"want the order of films, %v: results[i] must be the result for films[i], whichever finishes first",
			filmsOf(got), films)
	case slices.Contains(got, Result{}):
		t.Errorf("DownloadAll returned %v: the empty results are downloads that had not finished "+
			"when DownloadAll returned; it must wait for every one of them", got)
	default:
		t.Errorf("DownloadAll returned the wrong results (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// sameResults reports whether a and b hold the same results in any order.
// (Not cmpopts.SortSlices: it panics when a DownloadAll that did not wait
// is still writing the slice while it sorts.)
func sameResults(a, b []Result) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	byFilm := func(r, s Result) int { return strings.Compare(r.Film, s.Film) }
	slices.SortFunc(x, byFilm)
	slices.SortFunc(y, byFilm)
	return slices.Equal(x, y)
}

// drainLeftovers lets any download that DownloadAll left running finish: the
// fake clock stops when the test function returns, so a download still
// asleep then would never wake. In the bubble this hour takes no real time.
func drainLeftovers() { time.Sleep(time.Hour) }

func filmsOf(results []Result) []string {
	var names []string
	for _, r := range results {
		names = append(names, r.Film)
	}
	return names
}

// Every download must run at the same time as the others, like the seed's
// threads. Each fake download waits until all four are in flight; run one
// after another, the first would wait alone until its (fake) minute runs out,
// and the test reports how many ever ran together.
func TestDownloadAllRunsEveryDownloadAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var (
			mu       sync.Mutex
			inFlight int
			most     int
			calls    = map[string]int{}
			allIn    = make(chan struct{})
			closed   bool
		)
		download := func(film string) Result {
			mu.Lock()
			calls[film]++
			inFlight++
			most = max(most, inFlight)
			if inFlight == len(films) && !closed {
				close(allIn)
				closed = true
			}
			mu.Unlock()

			timeout := time.NewTimer(time.Minute) // fake time: costs nothing
			defer timeout.Stop()
			select {
			case <-allIn:
			case <-timeout.C:
			}

			mu.Lock()
			inFlight--
			mu.Unlock()
			return fakeResult(film)
		}

		got := DownloadAll(films, download)
		checkResults(t, got)

		drainLeftovers() // count only once every download has returned
		mu.Lock()
		defer mu.Unlock()
		if most < len(films) {
			t.Errorf("at most %d of the %d downloads ran at the same time: DownloadAll must start every "+
				"download in its own goroutine before it waits for any of them", most, len(films))
		}
		for _, film := range films {
			if calls[film] != 1 {
				t.Errorf("download(%q) was called %d times, want once", film, calls[film])
			}
		}
	})
}

// DownloadAll must not return while a download is still running: the seed
// calls t1.join() and t2.join() for that. The fake downloads here block until
// the test lets them go, and synctest.Wait returns once every other goroutine
// in the bubble is blocked or gone, so by then DownloadAll has either returned
// (too early) or is waiting, as it should.
func TestDownloadAllWaitsForEveryDownload(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		download := func(film string) Result {
			<-release
			return fakeResult(film)
		}
		done := make(chan []Result, 1)
		go func() { done <- DownloadAll(films, download) }()

		synctest.Wait()
		select {
		case got := <-done:
			close(release)
			t.Fatalf("DownloadAll returned (with %d results) before any of the %d downloads had finished: "+
				"it must wait until every download has finished, as join() does in the seed", len(got), len(films))
		default:
		}
		close(release)
		checkResults(t, <-done)
	})
}

// Goroutines finish in any order. Here the last film finishes first (each fake
// download takes a second longer than the next one), yet results[i] must
// still be the result for films[i].
func TestDownloadAllKeepsTheOrderOfFilms(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		defer drainLeftovers()
		took := map[string]time.Duration{}
		for i, film := range films {
			took[film] = time.Duration(len(films)-i) * time.Second
		}
		download := func(film string) Result {
			time.Sleep(took[film]) // fake time, like the seed's time.sleep(a)
			return fakeResult(film)
		}
		checkResults(t, DownloadAll(films, download))
	})
}

func TestDownloadAllWithNoFilms(t *testing.T) {
	got := DownloadAll(nil, func(film string) Result {
		t.Errorf("download(%q) was called, but there are no films", film)
		return Result{}
	})
	if len(got) != 0 {
		t.Errorf("DownloadAll(nil, ...) returned %v, want no results", got)
	}
}
