package manager

// These tests use only the exported API, so any correct fix passes: one
// Mutex or RWMutex around both, a copy-on-write snapshot swapped with
// CompareAndSwap, or a single goroutine that owns the map and the list and
// serves requests on channels (stopped by Close).
//
// Some mistakes are invisible to the race detector (it does not see
// maps.Clone read a map that another goroutine writes), so the tests also
// check what Map and List return: every copy must be a state the registry
// really was in, with every Record in it whole or not at all.

import (
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// whatever a Registry starts, Close must stop.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testRecordAll makes workers goroutines, released at the same moment, each
// record the values w*100+0 … w*100+each-1 (w is the worker, from 1), and
// returns when all of them have returned.
func testRecordAll(r *Registry, workers, each int) {
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

// testCheckValues reports what is wrong with values, a list of values recorded
// by testRecordAll (and a 0 from worker 0), if anything: each worker's values
// must appear once each, in the order it recorded them.
func testCheckValues(values []int, workers, each int) error {
	next := make(map[int]int) // worker -> its next value's index
	for _, v := range values {
		w, i := v/100, v%100
		if w < 0 || w > workers || i >= each || w == 0 && i != 0 {
			return fmt.Errorf("the list holds %d, which no worker recorded", v)
		}
		if i != next[w] {
			return fmt.Errorf("the list holds worker %d's values %v: each worker's values must appear once each, in the order it recorded them", w, testOnly(values, w))
		}
		next[w]++
	}
	return nil
}

// testOnly returns the values in values that worker w recorded.
func testOnly(values []int, w int) []int {
	var mine []int
	for _, v := range values {
		if v/100 == w {
			mine = append(mine, v)
		}
	}
	return mine
}

func TestNewRegistryIsEmpty(t *testing.T) {
	r := New()
	defer r.Close()
	if m := r.Map(); len(m) != 0 {
		t.Errorf("New().Map() = %v, want an empty map", m)
	}
	if l := r.List(); len(l) != 0 {
		t.Errorf("New().List() = %v, want an empty list", l)
	}
}

func TestRecordOneAtATime(t *testing.T) {
	r := New()
	defer r.Close()
	r.Record(1, 10)
	r.Record(2, 20)
	r.Record(1, 11)
	if got, want := r.Map(), map[int]int{1: 11, 2: 20}; !maps.Equal(got, want) {
		t.Errorf("after Record(1, 10), Record(2, 20), Record(1, 11), Map() = %v, want %v", got, want)
	}
	if got, want := r.List(), []int{10, 20, 11}; !slices.Equal(got, want) {
		t.Errorf("after Record(1, 10), Record(2, 20), Record(1, 11), List() = %v, want %v", got, want)
	}
}

// The seed's two processes, and then some: every worker records at once.
func TestConcurrentRecordsAllKept(t *testing.T) {
	const workers, each = 8, 3
	r := New()
	defer r.Close()
	testRecordAll(r, workers, each)

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
	if err := testCheckValues(l, workers, each); err != nil {
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
	wg.Go(func() { testRecordAll(r, workers, each) })
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
		if err := testCheckValues(now, workers, each); err != nil {
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
	if len(m) != 1 || len(l) != 1 {
		t.Fatalf("after Record(1, 10) on a new registry, Map() = %v and List() = %v, want map[1:10] and [10]: "+
			"once Record has returned, Map and List must show its value", m, l)
	}
	m[1], m[2] = -1, -2
	l[0] = -1
	if got, want := r.Map(), map[int]int{1: 10}; !maps.Equal(got, want) {
		t.Errorf("after changing the map Map() returned, Map() = %v, want %v: Map must return a copy", got, want)
	}
	if got, want := r.List(), []int{10}; !slices.Equal(got, want) {
		t.Errorf("after changing the list List() returned, List() = %v, want %v: List must return a copy", got, want)
	}

	m, l = r.Map(), r.List()
	r.Record(1, 11)
	r.Record(2, 20)
	if want := map[int]int{1: 10}; !maps.Equal(m, want) {
		t.Errorf("a map Map() returned changed to %v after later Records, want %v: Map must return a copy", m, want)
	}
	if want := []int{10}; !slices.Equal(l, want) {
		t.Errorf("a list List() returned changed to %v after later Records, want %v: List must return a copy", l, want)
	}
}

// TestMapIsTheRegistryAtOneInstant takes Map() over and over while one
// goroutine records without pause, cycling through 1000 workers: the n-th
// Record stores n for worker n%1000. So every map the registry ever holds,
// if s is its largest value, holds s and the 999 values before it, one per
// worker. A Map that copies the map while a Record writes it (a copy made
// after Unlock, or with no lock at all) can return a mixture the registry
// never held, and the race detector does not see maps.Clone read a map
// that another goroutine writes: so this checks the values.
func TestMapIsTheRegistryAtOneInstant(t *testing.T) {
	const workers, reads = 1000, 50
	r := New()
	defer r.Close()
	for n := range workers {
		r.Record(n%workers, n)
	}
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		for n := workers; !stop.Load(); n++ {
			r.Record(n%workers, n)
		}
	})
	defer wg.Wait()
	defer stop.Store(true)

	for range reads {
		m := r.Map()
		if len(m) == 0 {
			t.Fatalf("Map() returned an empty map after %d workers recorded", workers)
		}
		s := slices.Max(slices.Collect(maps.Values(m)))
		for w := range workers {
			if want := s - (s-w)%workers; m[w] != want {
				v, ok := m[w]
				t.Fatalf("Map() returned worker %d: %s and worker %d: %d, but %d was recorded for worker %d before %d was: "+
					"the registry never held that map. Map must copy the map while no Record changes it, under the lock Record takes",
					w, testValueOrNothing(v, ok), s%workers, s, want, w, s)
			}
		}
	}
}

// The writers in TestMapAndListSeeWholeRecords: goroutine g records the
// values g*1000+0 … g*1000+testWholeEach-1, each for worker testWorkerOf(value). Two
// goroutines share each worker, and each goroutine moves on to a new worker
// every 8 values, so the map keeps gaining entries while it is read.
const testWholeGoroutines, testWholeEach = 8, 200

func testWorkerOf(value int) int {
	g, i := value/1000, value%1000
	return g/2*1000 + i/8
}

// TestMapAndListSeeWholeRecords reads the registry while 8 goroutines record:
// List, then Map, then List again, over and over. Each Record changes the map
// and the list in one step, and the list only grows at its end, so the first
// list must start the second, and Map must be the map of some list in
// between: each worker's last value in the second list cut somewhere after
// the first list's end. A Record that changes one and then the other (two
// locks, or a sync.Map beside a locked slice) fails this, and so does a Map
// that copies the map while a Record writes it.
func TestMapAndListSeeWholeRecords(t *testing.T) {
	r := New()
	defer r.Close()
	start, stop := make(chan struct{}), make(chan struct{})
	var writers, readers sync.WaitGroup
	for g := range testWholeGoroutines {
		writers.Go(func() {
			<-start
			for i := range testWholeEach {
				v := g*1000 + i
				r.Record(testWorkerOf(v), v)
			}
		})
	}
	for range 2 {
		readers.Go(func() {
			<-start
			for {
				before := r.List()
				m := r.Map()
				after := r.List()
				if err := testCheckBetween(before, m, after); err != nil {
					t.Errorf("while 8 goroutines recorded, %v", err)
					return
				}
				select {
				case <-stop:
					return
				default:
				}
			}
		})
	}
	close(start)
	writers.Wait()
	close(stop)
	readers.Wait()

	// Every Record has returned: the list holds every value, and the map
	// each worker's last one.
	l, m := r.List(), r.Map()
	if len(l) != testWholeGoroutines*testWholeEach {
		t.Errorf("after %d goroutines each recorded %d values, List() has %d values, want %d",
			testWholeGoroutines, testWholeEach, len(l), testWholeGoroutines*testWholeEach)
	}
	if want := testLastOfEach(l); !maps.Equal(m, want) {
		for w, v := range want {
			if m[w] != v {
				t.Errorf("after every Record returned, Map()[%d] = %d, but worker %d's last value in List() is %d: "+
					"two Records for one worker changed the map and the list in different orders", w, m[w], w, v)
				break
			}
		}
		if len(m) != len(want) {
			t.Errorf("after every Record returned, Map() has %d workers, but List() has values from %d", len(m), len(want))
		}
	}
}

// testLastOfEach returns the map the registry must hold after recording the
// values in list: each worker's last value.
func testLastOfEach(list []int) map[int]int {
	m := make(map[int]int)
	for _, v := range list {
		m[testWorkerOf(v)] = v
	}
	return m
}

// testCheckBetween reports what is wrong, if anything, with m, a Map() called
// after List() returned before and before List() returned after.
func testCheckBetween(before []int, m map[int]int, after []int) error {
	if len(after) < len(before) || !slices.Equal(before, after[:len(before)]) {
		return fmt.Errorf("List() returned %d values, and a later List() returned %d values that do not start with them: "+
			"a copy must be the list as it was at one instant, and the list only grows at its end", len(before), len(after))
	}
	next := make(map[int]int) // goroutine -> the index of its next value
	for _, v := range after {
		if g, i := v/1000, v%1000; g < 0 || g >= testWholeGoroutines || i != next[g] {
			return fmt.Errorf("List() returned goroutine %d's values in the order %v, want each value once, in the order recorded", g, testOfGoroutine(after, g))
		}
		next[v/1000]++
	}

	// Walk the cuts of after from len(before) to len(after), keeping the map
	// each cut stands for and how many workers m disagrees with it on.
	last := testLastOfEach(after[:len(before)])
	differ := func(w int) bool {
		v, ok := m[w]
		u, in := last[w]
		return ok != in || v != u
	}
	wrong := 0
	for w := range m {
		if differ(w) {
			wrong++
		}
	}
	for w := range last {
		if _, ok := m[w]; !ok {
			wrong++
		}
	}
	for _, v := range after[len(before):] {
		if wrong == 0 {
			return nil
		}
		w := testWorkerOf(v)
		if differ(w) {
			wrong--
		}
		last[w] = v
		if differ(w) {
			wrong++
		}
	}
	if wrong == 0 {
		return nil
	}

	// No cut fits: say why, in the terms of the commonest mistakes.
	at := make(map[int]int, len(after)) // value -> its index in after
	for i, v := range after {
		at[v] = i
	}
	for w, v := range m {
		if _, ok := at[v]; !ok || testWorkerOf(v) != w {
			return fmt.Errorf("Map() held worker %d's value %d, but the List() called after Map() returned does not hold %d: "+
				"Map saw half a Record, the map changed and the list not yet. Record must change both in one step, under one lock", w, v, v)
		}
	}
	for w, v := range testLastOfEach(before) {
		if got, ok := m[w]; !ok || at[got] < at[v] {
			return fmt.Errorf("the List() called before Map() held worker %d's value %d, but Map() then returned %s for worker %d: "+
				"Map saw half a Record, the list changed and the map not yet. Record must change both in one step, under one lock",
				w, v, testValueOrNothing(got, ok), w)
		}
	}
	return fmt.Errorf("Map() returned a map the registry never held between the List() before it (%d values) and the List() after it (%d values): "+
		"Map must copy the map while no Record changes it, under the lock Record takes", len(before), len(after))
}

func testOfGoroutine(list []int, g int) []int {
	var mine []int
	for _, v := range list {
		if v/1000 == g {
			mine = append(mine, v)
		}
	}
	return mine
}

func testValueOrNothing(v int, ok bool) string {
	if !ok {
		return "nothing"
	}
	return fmt.Sprint(v)
}
