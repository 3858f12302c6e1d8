package manager

// These tests use only the exported API, so any correct fix passes: one
// Mutex or RWMutex for both, sync.Map with a mutex for the list, or a single
// goroutine that owns the map and the list and serves requests on channels
// (stopped by Close).

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// whatever a Registry starts, Close must stop.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// recordAll makes workers goroutines, released at the same moment, each
// record the values w*100+0 … w*100+each-1 (w is the worker, from 1), and
// returns when all of them have returned.
func recordAll(r *Registry, workers, each int) {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Go(func() {
			<-start
			for i := range each {
				r.Record(w, w*100+i)
			}
		})
	}
	close(start)
	wg.Wait()
}

// checkValues reports what is wrong with values, a list of values recorded
// by recordAll (and a 0 from worker 0), if anything: each worker's values
// must appear once each, in the order it recorded them.
func checkValues(values []int, workers, each int) error {
	next := make(map[int]int) // worker -> its next value's index
	for _, v := range values {
		w, i := v/100, v%100
		if w < 0 || w > workers || i >= each || w == 0 && i != 0 {
			return fmt.Errorf("the list holds %d, which no worker recorded", v)
		}
		if i != next[w] {
			return fmt.Errorf("the list holds worker %d's values %v: each worker's values must appear once each, in the order it recorded them", w, only(values, w))
		}
		next[w]++
	}
	return nil
}

// only returns the values in values that worker w recorded.
func only(values []int, w int) []int {
	var mine []int
	for _, v := range values {
		if v/100 == w {
			mine = append(mine, v)
		}
	}
	return mine
}

func TestRecordOneAtATime(t *testing.T) {
	r := New()
	defer r.Close()
	r.Record(1, 10)
	r.Record(2, 20)
	r.Record(1, 11)
	if got, want := r.Map(), map[int]int{1: 11, 2: 20}; !mapsEqual(got, want) {
		t.Errorf("after Record(1, 10), Record(2, 20), Record(1, 11), Map() = %v, want %v", got, want)
	}
	if got, want := r.List(), []int{10, 20, 11}; !slices.Equal(got, want) {
		t.Errorf("after Record(1, 10), Record(2, 20), Record(1, 11), List() = %v, want %v", got, want)
	}
}

func mapsEqual(a, b map[int]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// The seed's two processes, and then some: every worker records at once.
func TestConcurrentRecordsAllKept(t *testing.T) {
	const workers, each = 8, 3
	r := New()
	defer r.Close()
	recordAll(r, workers, each)

	m := r.Map()
	for w := 1; w <= workers; w++ {
		if got, want := m[w], w*100+each-1; got != want {
			t.Errorf("after %d workers each recorded %d values, Map()[%d] = %d, want %d (worker %d's last value)",
				workers, each, w, got, want, w)
		}
	}
	if len(m) != workers {
		t.Errorf("after %d workers recorded, Map() has %d entries, want %d", workers, len(m), workers)
	}
	l := r.List()
	if len(l) != workers*each {
		t.Errorf("after %d workers each recorded %d values, List() has %d values, want %d: %d appends were lost "+
			"(two appends read the same old slice and the later one overwrote the earlier)",
			workers, each, len(l), workers*each, workers*each-len(l))
	}
	if err := checkValues(l, workers, each); err != nil {
		t.Error(err)
	}
}

// Reading while others record must be synchronised too, and so must the
// caller's reads of what Map and List returned: in Go an unsynchronised read
// racing a write is a data race.
func TestReadingWhileOthersRecord(t *testing.T) {
	const workers, each = 4, 3
	r := New()
	defer r.Close()
	r.Record(0, 0)
	m, l := r.Map(), r.List()

	var wg sync.WaitGroup
	wg.Go(func() { recordAll(r, workers, each) })
	// One goroutine reads the copies taken before the workers started,
	// without calling the registry at all, while they record.
	wg.Go(func() {
		for range 3 {
			for w, v := range m {
				if w != 0 || v != 0 {
					t.Errorf("a map Map() returned before the workers started holds %d: %d, want only 0: 0", w, v)
				}
			}
			if want := []int{0}; !slices.Equal(l, want) {
				t.Errorf("a list List() returned before the workers started changed to %v, want %v", l, want)
			}
		}
	})
	// And this one takes new copies while they record.
	for range 3 {
		for w, v := range r.Map() {
			if v/100 != w || v%100 >= each {
				t.Errorf("while workers recorded, Map() held %d: %d, which no worker recorded", w, v)
			}
		}
		now := r.List()
		if len(now) == 0 || now[0] != 0 {
			t.Errorf("while workers recorded, List() = %v, want it to start with 0, the first value recorded", now)
		}
		if err := checkValues(now, workers, each); err != nil {
			t.Errorf("while workers recorded, %v", err)
		}
	}
	wg.Wait()
	if got, want := len(r.List()), 1+workers*each; got != want {
		t.Errorf("after %d values were recorded, List() has %d values, want %d", want, got, want)
	}
}

// What Map and List return belongs to the caller: changing it must not
// change the registry, and later Records must not change it.
func TestMapAndListAreCopies(t *testing.T) {
	r := New()
	defer r.Close()
	r.Record(1, 10)
	m, l := r.Map(), r.List()
	m[1], m[2] = -1, -2
	l[0] = -1
	if got, want := r.Map(), map[int]int{1: 10}; !mapsEqual(got, want) {
		t.Errorf("after changing the map Map() returned, Map() = %v, want %v: Map must return a copy", got, want)
	}
	if got, want := r.List(), []int{10}; !slices.Equal(got, want) {
		t.Errorf("after changing the list List() returned, List() = %v, want %v: List must return a copy", got, want)
	}

	m, l = r.Map(), r.List()
	r.Record(1, 11)
	r.Record(2, 20)
	if want := map[int]int{1: 10}; !mapsEqual(m, want) {
		t.Errorf("a map Map() returned changed to %v after later Records, want %v: Map must return a copy", m, want)
	}
	if want := []int{10}; !slices.Equal(l, want) {
		t.Errorf("a list List() returned changed to %v after later Records, want %v: List must return a copy", l, want)
	}
}
