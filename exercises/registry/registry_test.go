package registry

// These tests use only the exported API, so that every correct fix passes:
// an RWMutex used with care, a plain Mutex, atomic counters, a copy taken
// under the lock and visited after it. A deadlock is not caught by a
// test's check: the goroutines stop, the test process runs out of its time
// budget, and the checker shows where each goroutine waits.

import (
	"fmt"
	"runtime"
	"slices"
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

// testTogether runs f(0) … f(n-1) in n goroutines released at the same moment,
// and returns when all of them have returned.
func testTogether(n int, f func(i int)) {
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			f(i)
		})
	}
	close(start)
	wg.Wait()
}

// testVisit is one call of Each's fn.
type testVisit struct {
	name, addr string
	hits       int
}

// One call at a time: Register, Lookup and Hits, and Each in name order.
func TestRegisterLookupAndEach(t *testing.T) {
	r := New()
	if addr, ok := r.Lookup("db"); ok || addr != "" {
		t.Errorf("Lookup(\"db\") on an empty registry returned (%q, %v), want (\"\", false)", addr, ok)
	}
	r.Register("web", "10.0.0.2:80")
	r.Register("db", "10.0.0.1:5432")
	r.Register("cache", "10.0.0.3:6379")
	if addr, ok := r.Lookup("db"); !ok || addr != "10.0.0.1:5432" {
		t.Errorf("Lookup(\"db\") after Register(\"db\", \"10.0.0.1:5432\") returned (%q, %v), want (\"10.0.0.1:5432\", true)", addr, ok)
	}
	r.Register("db", "10.0.0.9:5432")
	if addr, ok := r.Lookup("db"); !ok || addr != "10.0.0.9:5432" {
		t.Errorf("Lookup(\"db\") after db moved to 10.0.0.9:5432 returned (%q, %v), want (\"10.0.0.9:5432\", true)", addr, ok)
	}
	r.Lookup("web")
	for name, want := range map[string]int{"db": 3, "web": 1, "cache": 0, "nobody": 0} {
		if got := r.Hits(name); got != want {
			t.Errorf("Hits(%q) = %d after %d calls of Lookup(%q), want %d: every Lookup counts, found or not, "+
				"and Register keeps the hits", name, got, want, name, want)
		}
	}
	var got []testVisit
	r.Each(func(name, addr string, hits int) { got = append(got, testVisit{name, addr, hits}) })
	want := []testVisit{{"cache", "10.0.0.3:6379", 0}, {"db", "10.0.0.9:5432", 3}, {"web", "10.0.0.2:80", 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Each visited %v, want %v: every service once, in name order, with its address and hits", got, want)
	}
}

// While Each's fn runs, another goroutine calls Register, and fn waits
// until that Register has returned or has surely started waiting for the
// lock. Go's RWMutex lets no new reader in once a writer waits, so that
// readers cannot starve it: if Each holds the read lock and then asks for
// it again (calling Hits, say), that RLock waits for the writer, which
// waits for Each. That deadlock needs a writer to arrive at the wrong
// moment; here one does, every time.
func TestEachWhileAWriterWaits(t *testing.T) {
	for round := range 2 {
		r := New()
		for _, name := range []string{"a", "b", "c"} {
			r.Register(name, name+".local:80")
			r.Lookup(name)
		}
		var got []string
		var visits []testVisit
		written := make(chan struct{})
		r.Each(func(name, addr string, hits int) {
			got = append(got, name)
			visits = append(visits, testVisit{name, addr, hits})
			if len(got) != 1 {
				return
			}
			writing := make(chan struct{})
			go func() {
				close(writing)
				r.Register(fmt.Sprintf("new%d", round), "new.local:80")
				close(written)
			}()
			<-writing
			// The writer is about to call Register: in 20 ms it has
			// returned, or it is waiting for the lock.
			select {
			case <-written:
			case <-time.After(20 * time.Millisecond):
			}
		})
		<-written
		if len(got) < 3 || !slices.Equal(got[:3], []string{"a", "b", "c"}) {
			t.Errorf("with a Register waiting, Each visited %v, want a, b and c first: every service registered "+
				"when Each began, in name order", got)
		}
		for _, v := range visits {
			if want := (testVisit{v.name, v.name + ".local:80", 1}); v.name < "new" && v != want {
				t.Errorf("with a Register waiting, Each called fn(%q, %q, %d), want fn(%q, %q, %d): "+
					"the address and hits of every service, even while a writer waits", v.name, v.addr, v.hits, want.name, want.addr, want.hits)
			}
		}
	}
}

// Many goroutines released at once look the same names up, while others
// move the services around. Every Lookup counts: a count written under
// the read lock races (two readers hold it at once), and one read in one
// critical section and written in the next loses hits. Each round looks
// up names no one has looked up before, so a counter created on the first
// Lookup is created by many goroutines at once.
func TestConcurrentLookupsAllCount(t *testing.T) {
	const rounds, goroutines, each = 10, 16, 20
	r := New()
	for round := range rounds {
		name, missing := fmt.Sprintf("svc%d", round), fmt.Sprintf("missing%d", round)
		r.Register(name, "old.local:80")
		testTogether(goroutines, func(g int) {
			for i := range each {
				if g == 0 && i%4 == 0 {
					r.Register(name, fmt.Sprintf("new%d.local:80", i))
				}
				if addr, ok := r.Lookup(name); !ok || addr == "" {
					t.Errorf("Lookup(%q) of a registered service returned (%q, %v) while it moved, want its old or new address", name, addr, ok)
					return
				}
				r.Lookup(missing)
				if g == 1 {
					if n := r.Hits(name); n < i+1 || n > goroutines*each {
						t.Errorf("Hits(%q) = %d while Lookups ran, after this goroutine's own %d, want between %d and %d", name, n, i+1, i+1, goroutines*each)
						return
					}
				}
			}
		})
		for _, n := range []string{name, missing} {
			if got := r.Hits(n); got != goroutines*each {
				t.Fatalf("%d goroutines at once each called Lookup(%q) %d times, and Hits(%q) = %d, want %d: "+
					"lookups were lost. Counting is a write, even inside Lookup.", goroutines, n, each, n, got, goroutines*each)
			}
		}
	}
}

// Four goroutines at once each look up a name no one has looked up before,
// round after round (up to 1 000 rounds): every first Lookup counts. A counter made
// when a name is first looked up, by a Lookup that finds none and then
// makes one without looking again under the write lock, replaces one that
// another Lookup made meanwhile, with the hits counted on it.
func TestFirstLookupsOfANameAllCount(t *testing.T) {
	const rounds, goroutines = 1000, 4
	r := New()
	r.Register("svc", "svc.local:80")
	// On a busy machine the rounds take longer; they stop at 200 ms, so
	// that this test never runs into the time budget.
	deadline := time.Now().Add(200 * time.Millisecond)
	for round := 0; round < rounds && time.Now().Before(deadline); round++ {
		name := fmt.Sprintf("new%d", round)
		var ready atomic.Int32
		testTogether(goroutines, func(int) {
			// Spin until all four have arrived: goroutines that are
			// running when the last one arrives start their Lookups
			// nearer together than goroutines woken by a channel.
			// The spin is bounded, so that a goroutine the system has
			// not run yet delays the others by a few microseconds at most.
			ready.Add(1)
			for i := 1; ready.Load() < goroutines && i < 256; i++ {
				if i%64 == 0 {
					runtime.Gosched()
				}
			}
			r.Lookup(name)
		})
		if got := r.Hits(name); got != goroutines {
			t.Fatalf("%d goroutines at once each called Lookup(%q) once, the first lookups of that name, and Hits(%q) = %d, "+
				"want %d: lookups were lost", goroutines, name, name, got, goroutines)
		}
	}
}

// Each runs over and over in two goroutines while others Register and
// Lookup. Each must see the services at one instant, so its hits only
// grow from one call to the next, and it must read them under the same
// lock that their writers take.
func TestEachWhileOthersWrite(t *testing.T) {
	const writers, each = 4, 200
	r := New()
	for i := range 8 {
		r.Register(fmt.Sprintf("svc%d", i), "old.local:80")
	}
	testTogether(writers+2, func(g int) {
		if g < writers {
			for i := range each {
				name := fmt.Sprintf("svc%d", (g+i)%8)
				if i%8 == 0 {
					r.Register(name, fmt.Sprintf("new%d.local:80", i))
				} else {
					r.Lookup(name)
				}
			}
			return
		}
		last := map[string]int{}
		for range each / 4 {
			var prev string
			r.Each(func(name, addr string, hits int) {
				if name <= prev || addr == "" || hits < last[name] {
					t.Errorf("Each visited (%q, %q, %d) after %q, with hits %d before: want names in order, an address, "+
						"and hits that never go down", name, addr, hits, prev, last[name])
				}
				prev, last[name] = name, hits
			})
		}
	})
}
