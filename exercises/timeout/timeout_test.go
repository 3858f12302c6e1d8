package timeout

// These tests use only the exported API, so that every correct fix passes:
// channels with a slot each, one channel of a result struct, a select in the
// goroutine on a done channel or a context that Do ends, ... The tests where
// work returns in time run in a testing/synctest bubble, where time is a
// fake clock: work that "takes 1s" takes no real time, and the clock says
// exactly when Do returned. The tests where Do gives up run in real time,
// with work that blocks until the test lets it go, so that the timeout
// comes first every time; a goroutine left blocked forever inside a bubble
// would end the bubble with a panic instead of a clear sentence. After
// letting the work go, they ask goleak whether the goroutine that ran it
// has ended.

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testSlow is how long, in real time, a call that must return at once may
// take here: a correct Do gives up microseconds after its timeout, even on
// a loaded machine.
const testSlow = time.Second

// testErrBroken is the error the tests' work returns when it fails.
var testErrBroken = errors.New("the work failed")

// testReturnsAtOnce runs call in a new goroutine and reports whether it returned
// within testSlow. If it had not, it runs unblock, which must let call finish,
// and waits for call, so that the test ends cleanly either way.
func testReturnsAtOnce(call, unblock func()) bool {
	returned := make(chan struct{})
	go func() {
		defer close(returned)
		call()
	}()
	timer := time.NewTimer(testSlow)
	defer timer.Stop()
	select {
	case <-returned:
		return true
	case <-timer.C:
		unblock()
		<-returned
		return false
	}
}

// Work that returns before the timeout: Do hands back what it returned, a
// value or an error, as soon as it returns, not when the timeout passes.
func TestDoReturnsWhatWorkReturnsInTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		v, err := Do(time.Hour, func() (string, error) {
			time.Sleep(time.Second)
			return "done", nil
		})
		if at := time.Since(start); v != "done" || err != nil || at != time.Second {
			t.Errorf("Do(1h, work), with work returning (\"done\", nil) after 1s, gave (%q, %v) after %v, "+
				"want (\"done\", nil) after 1s: Do must return what work returned, as soon as it returns", v, err, at)
		}

		start = time.Now()
		_, err = Do(time.Hour, func() (string, error) {
			time.Sleep(time.Second)
			return "", testErrBroken
		})
		if at := time.Since(start); !errors.Is(err, testErrBroken) || at != time.Second {
			t.Errorf("Do(1h, work), with work failing after 1s, gave the error %v after %v, "+
				"want the work's own error after 1s", err, at)
		}

		// Work that fails may return a value with its error: Do returns the
		// error, whatever it does with the value.
		_, err = Do(time.Hour, func() (string, error) {
			time.Sleep(time.Second)
			return "half done", testErrBroken
		})
		if !errors.Is(err, testErrBroken) {
			t.Errorf("Do(1h, work), with work returning a value and an error after 1s, gave the error %v, "+
				"want the work's own error", err)
		}

		// Work that returns at once, many times: a goroutine that drops its
		// result when Do is not receiving yet (a send with a default case)
		// loses it whenever the work is done before Do reaches its select,
		// which happens now and then when the two run in parallel.
		start = time.Now()
		for i := range 2000 {
			want := "quick " + strconv.Itoa(i)
			v, err := Do(time.Hour, func() (string, error) { return want, nil })
			if at := time.Since(start); v != want || err != nil || at != 0 {
				t.Fatalf("Do(1h, work), with work returning (%q, nil) at once, gave (%q, %v) after %v, "+
					"want (%q, nil) at once", want, v, err, at, want)
			}
		}
	})
}

// Work that returns at the very moment the timeout passes, in fake time:
// Do may return the work's result or ErrTimeout, but the goroutine that ran
// the work must end either way. A goroutine that checks whether Do has given
// up and then sends, with no slot to send into, stays blocked for good if Do
// gives up in between; the bubble then ends with it still blocked, and the
// checker reports the leak. (A goroutine that ends a little later, once a
// timer of its own fires, has a fake second to do so.)
func TestWorkReturnsJustAsTheTimeoutPasses(t *testing.T) {
	for i := range 100 {
		synctest.Test(t, func(t *testing.T) {
			defer time.Sleep(time.Second)
			d := time.Duration(1+i%7) * time.Millisecond
			want := "on the dot " + strconv.Itoa(i)
			start := time.Now()
			v, err := Do(d, func() (string, error) {
				time.Sleep(d)
				return want, nil
			})
			if at := time.Since(start); at != d || (err != nil || v != want) && (!errors.Is(err, ErrTimeout) || v != "") {
				t.Fatalf("Do(%v, work), with work returning (%q, nil) after %v, gave (%q, %v) after %v, "+
					"want (%q, nil) or ErrTimeout after %v", d, want, d, v, err, at, want, d)
			}
		})
	}
}

// Work that blocks until the test lets it go: Do must give up when its
// timeout has passed, with ErrTimeout, and not wait for the work. Then the
// work returns, a value or an error, with nobody left to receive it, and
// the goroutine that ran it must end anyway.
func TestDoGivesUpAtTheTimeoutAndLeavesNothingBehind(t *testing.T) {
	const timeout = 20 * time.Millisecond
	for _, late := range []struct {
		value string
		err   error
	}{
		{"too late", nil},
		{"", testErrBroken},
	} {
		others := goleak.IgnoreCurrent() // blame only the goroutines Do starts
		release := make(chan struct{})
		var err error
		var at time.Duration
		call := func() {
			start := time.Now()
			_, err = Do(timeout, func() (string, error) {
				<-release
				return late.value, late.err
			})
			at = time.Since(start)
		}
		if !testReturnsAtOnce(call, func() { close(release) }) {
			t.Fatalf("Do(20ms, work) had not returned %v after it was called, while work was still running: "+
				"Do must give up once its timeout has passed, not wait for work", testSlow)
		}
		if !errors.Is(err, ErrTimeout) || at < timeout {
			t.Errorf("Do(20ms, work), with work still running, gave the error %v after %v, "+
				"want ErrTimeout after 20ms", err, at)
		}
		close(release) // work returns now, with Do long gone
		if leaked := goleak.Find(others); leaked != nil {
			if late.err == nil {
				t.Errorf("work returned a value after Do had given up, and the goroutine that ran it was still alive: " +
					"with nobody left to receive its result, it must not wait to hand it over")
			} else {
				t.Errorf("work returned an error after Do had given up, and the goroutine that ran it was still alive: " +
					"with nobody left to receive its error, it must not wait to hand it over")
			}
			t.Log(leaked)
			return
		}
	}
}

// Many goroutines call Do at once: half of the calls get their work's
// result in time, the others give up while their work is still blocked.
// Each call must get its own result, and once the late work is let go, no
// goroutine may be left behind.
func TestManyCallsAtOnceEachGetTheirOwnResult(t *testing.T) {
	const calls = 64 // more than any machine has cores
	others := goleak.IgnoreCurrent()
	release := make(chan struct{}) // lets the late work go
	// The work in time waits until every work has started, so that the calls
	// overlap; never longer than testSlow, so that a Do that runs work before it
	// returns cannot hang the test.
	allStarted := make(chan struct{})
	var started atomic.Int32
	var wg sync.WaitGroup
	var failed atomic.Bool
	for i := range calls {
		wg.Go(func() {
			if i%2 == 1 { // late
				_, err := Do(10*time.Millisecond, func() (string, error) {
					if started.Add(1) == calls {
						close(allStarted)
					}
					<-release
					return "too late", nil
				})
				if !errors.Is(err, ErrTimeout) && !failed.Swap(true) {
					t.Errorf("one of %d calls of Do at once, whose work was still blocked, gave the error %v, "+
						"want ErrTimeout", calls, err)
				}
				return
			}
			want, wantErr := "result "+strconv.Itoa(i), error(nil)
			if i%4 == 2 {
				want, wantErr = "", fmt.Errorf("work %d: %w", i, testErrBroken)
			}
			v, err := Do(5*time.Second, func() (string, error) {
				if started.Add(1) == calls {
					close(allStarted)
				}
				select {
				case <-allStarted:
				case <-time.After(testSlow):
				}
				return want, wantErr
			})
			if (v != want || fmt.Sprint(err) != fmt.Sprint(wantErr)) && !failed.Swap(true) {
				t.Errorf("one of %d calls of Do at once gave (%q, %v), want its own work's result (%q, %v)",
					calls, v, err, want, wantErr)
			}
		})
	}
	wg.Wait()
	close(release)
	if leaked := goleak.Find(others); leaked != nil {
		t.Errorf("%d calls of Do gave up while their work was blocked; once it returned, goroutines that ran it "+
			"were still alive: with nobody left to receive its result, each must end anyway", calls/2)
		t.Log(leaked)
	}
}
