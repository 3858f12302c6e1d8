package account

// These tests use only the exported API, so any correct fix passes: a Mutex,
// an RWMutex, atomics with CompareAndSwap, a channel used as a lock. Each
// concurrent test is small: a fix that holds its lock across the slow step
// runs every call one after another, and the checker repeats the tests under
// several GOMAXPROCS values instead of making each one long.

import (
	"errors"
	"runtime"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests:
// an Account must not leave work running behind its callers' backs.
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

// Each account keeps its own name and balance: a second account, and the
// money moved in it, change nothing in the first.
func TestNewKeepsNameAndBalance(t *testing.T) {
	a := New("Luo", 1000)
	if got := a.Name(); got != "Luo" {
		t.Errorf("New(\"Luo\", 1000).Name() = %q, want \"Luo\"", got)
	}
	if got := a.Balance(); got != 1000 {
		t.Errorf("New(\"Luo\", 1000).Balance() = %d, want 1000", got)
	}
	b := New("Wang", 50)
	b.Save(5)
	if a.Name() != "Luo" || a.Balance() != 1000 || b.Name() != "Wang" || b.Balance() != 55 {
		t.Errorf("after New(\"Wang\", 50).Save(5), Luo's account holds %q, %d and Wang's %q, %d; "+
			"want \"Luo\", 1000 and \"Wang\", 55: each Account needs a balance of its own",
			a.Name(), a.Balance(), b.Name(), b.Balance())
	}
}

func TestSaveAndDrawOneAtATime(t *testing.T) {
	a := New("Luo", 1000)
	a.Save(1000)
	if got := a.Balance(); got != 2000 {
		t.Fatalf("after Save(1000) on 1000 the balance is %d, want 2000", got)
	}
	if err := a.Draw(100); err != nil {
		t.Fatalf("Draw(100) on 2000 returned %v, want nil", err)
	}
	if got := a.Balance(); got != 1900 {
		t.Fatalf("after Draw(100) on 2000 the balance is %d, want 1900", got)
	}
	if err := a.Draw(1900); err != nil {
		t.Fatalf("Draw(1900) on exactly 1900 returned %v, want nil", err)
	}
	if got := a.Balance(); got != 0 {
		t.Fatalf("after drawing everything the balance is %d, want 0", got)
	}
}

// A refused Draw must change nothing and leave the account usable: a lock
// still held after an early return would block every later call.
func TestRefusedDrawChangesNothing(t *testing.T) {
	a := New("Luo", 50)
	err := a.Draw(80)
	if !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("Draw(80) on 50 returned %v, want ErrInsufficientFunds", err)
	}
	if got := a.Balance(); got != 50 {
		t.Fatalf("after a refused Draw(80) the balance is %d, want 50 unchanged", got)
	}
	a.Save(30)
	if err := a.Draw(80); err != nil {
		t.Fatalf("Draw(80) on 80 returned %v, want nil", err)
	}
	if got := a.Balance(); got != 0 {
		t.Fatalf("the balance is %d, want 0", got)
	}
}

// Save and Draw must have done their work when they return, not hand it to
// a goroutine that finishes later, and must leave no goroutine behind.
func TestSaveAndDrawFinishBeforeReturning(t *testing.T) {
	alreadyRunning := goleak.IgnoreCurrent()
	a := New("Luo", 0)
	for i := int64(1); i <= 5; i++ {
		a.Save(1)
		if got := a.Balance(); got != i {
			t.Fatalf("right after Save(1) returned the balance is %d, want %d: the deposit was not made yet", got, i)
		}
	}
	if err := a.Draw(5); err != nil {
		t.Fatalf("Draw(5) on 5 returned %v, want nil", err)
	}
	if got := a.Balance(); got != 0 {
		t.Fatalf("right after Draw(5) returned the balance is %d, want 0: the withdrawal was not made yet", got)
	}
	goleak.VerifyNone(t, alreadyRunning)
}

func TestConcurrentSavesAllCount(t *testing.T) {
	const goroutines, each = 8, 3
	a := New("Luo", 0)
	testTogether(goroutines, func(int) {
		for range each {
			a.Save(1)
		}
	})
	if got, want := a.Balance(), int64(goroutines*each); got != want {
		t.Errorf("after %d concurrent Save(1) calls the balance is %d, want %d: %d deposits were lost "+
			"(two calls read the same old balance and the later write overwrote the earlier one)",
			want, got, want, want-got)
	}
}

func TestConcurrentSavesAndDrawsAllCount(t *testing.T) {
	const goroutines, each = 8, 3
	a := New("Luo", 1000)
	testTogether(goroutines, func(i int) {
		for range each {
			if i%2 == 0 {
				a.Save(10)
			} else if err := a.Draw(5); err != nil {
				t.Errorf("Draw(5) with at least 900 in the account returned %v", err)
			}
		}
	})
	want := int64(1000 + goroutines/2*each*10 - goroutines/2*each*5)
	if got := a.Balance(); got != want {
		t.Errorf("after concurrent deposits and withdrawals the balance is %d, want %d: "+
			"some Save or Draw was lost because another call overwrote its result", got, want)
	}
}

// Every Draw must check the balance and withdraw in one step: if the check
// and the withdrawal are separate, two draws can both pass the check.
func TestConcurrentDrawsNeverOverdraw(t *testing.T) {
	const goroutines = 8
	a := New("Luo", 100)
	errs := make([]error, goroutines)
	testTogether(goroutines, func(i int) { errs[i] = a.Draw(30) })

	granted := 0
	for _, err := range errs {
		switch {
		case err == nil:
			granted++
		case !errors.Is(err, ErrInsufficientFunds):
			t.Errorf("Draw returned %v, want nil or ErrInsufficientFunds", err)
		}
	}
	if got := a.Balance(); granted != 3 || got != 10 {
		t.Errorf("%d concurrent Draw(30) calls on 100: %d were granted and the balance is %d, "+
			"want 3 granted and 10 left: the balance check and the withdrawal must happen in one step",
			goroutines, granted, got)
	}
}

// Reading the balance while others write it must be synchronised too: in Go
// an unsynchronised read racing a write is a data race.
func TestBalanceWhileSaving(t *testing.T) {
	const savers, each = 4, 3
	a := New("Luo", 0)
	stop := testWatch(t, a)
	testTogether(savers, func(int) {
		for range each {
			a.Save(1)
		}
	})
	balances := stop()
	for i, b := range balances {
		if b < 0 || b > savers*each || i > 0 && b < balances[i-1] {
			t.Fatalf("while only deposits were made, Balance returned %v: "+
				"balances must only grow, between 0 and %d", balances[max(0, i-1):i+1], savers*each)
		}
	}
	if got := a.Balance(); got != savers*each {
		t.Errorf("after %d concurrent Save(1) calls the balance is %d, want %d", savers*each, got, savers*each)
	}
}

// A refused Draw must change nothing at any moment, not just once it has
// returned: taking the money first and giving it back on finding the balance
// too low shows the others a balance that never was. Here every Draw(1000)
// is refused, and the other calls must go through as if it never ran.
func TestRefusedDrawsChangeNothingMeanwhile(t *testing.T) {
	const goroutines, each = 8, 2
	a := New("Luo", 100)
	stop := testWatch(t, a)
	testTogether(goroutines, func(i int) {
		for range each {
			switch i % 4 {
			case 0, 1:
				if err := a.Draw(1000); !errors.Is(err, ErrInsufficientFunds) {
					t.Errorf("Draw(1000) with at most 140 in the account returned %v, want ErrInsufficientFunds", err)
				}
			case 2:
				if err := a.Draw(10); err != nil {
					t.Errorf("Draw(10) with at least 60 in the account returned %v, want nil: "+
						"a refused Draw running at the same time must not change the balance, even for a moment", err)
				}
			case 3:
				a.Save(10)
			}
		}
	})
	for _, b := range stop() {
		if b < 60 || b > 140 {
			t.Errorf("Balance returned %d while a refused Draw(1000) ran, next to deposits and withdrawals of 10 "+
				"that keep it between 60 and 140: a refused Draw must not change the balance, even for a moment", b)
			break
		}
	}
	if got := a.Balance(); got != 100 {
		t.Errorf("after refused draws and as many Save(10) as Draw(10) calls the balance is %d, want 100", got)
	}
}

// testWatch calls Balance and Name over and over in a goroutine of its own, at
// the same time as the other calls, until stop is called; stop returns the
// balances seen, in order. Name must never change.
func testWatch(t *testing.T, a *Account) (stop func() []int64) {
	done := make(chan struct{})
	seen := make(chan []int64)
	name := a.Name()
	go func() {
		var balances []int64
		nameChanged := false
		for {
			select {
			case <-done:
				seen <- balances
				return
			default:
				balances = append(balances, a.Balance())
				if got := a.Name(); got != name && !nameChanged {
					t.Errorf("while other calls ran, Name returned %q, want %q", got, name)
					nameChanged = true
				}
				runtime.Gosched()
			}
		}
	}()
	return func() []int64 {
		close(done)
		return <-seen
	}
}
