package transfer

// These tests use only the exported API, so that every correct fix passes:
// the locks taken in one order (by an id), one lock for the whole bank, an
// owner goroutine. A deadlock is not caught by a test's check: the
// goroutines stop, the test process runs out of its time budget, and the
// checker shows where each goroutine waits. The transfers are crowded and
// in opposite directions, so that two of them hold one lock each as often
// as a machine can make it happen.

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"

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

// One transfer at a time: the money moves, a transfer of exactly the
// balance succeeds, a larger one is refused and moves nothing.
func TestTransferMovesMoney(t *testing.T) {
	a, b := New(100), New(50)
	if err := a.TransferTo(b, 30); err != nil {
		t.Fatalf("TransferTo(30) from an account holding 100 returned %v, want nil", err)
	}
	if a.Balance() != 70 || b.Balance() != 80 {
		t.Fatalf("after moving 30 from 100 to 50 the accounts hold %d and %d, want 70 and 80", a.Balance(), b.Balance())
	}
	if err := b.TransferTo(a, 80); err != nil {
		t.Fatalf("TransferTo(80) from an account holding exactly 80 returned %v, want nil", err)
	}
	if a.Balance() != 150 || b.Balance() != 0 {
		t.Fatalf("after moving all 80 back the accounts hold %d and %d, want 150 and 0", a.Balance(), b.Balance())
	}
	for _, tr := range []struct {
		from, to *Account
		amount   int64
	}{{b, a, 1}, {a, b, 151}} {
		if err := tr.from.TransferTo(tr.to, tr.amount); !errors.Is(err, ErrInsufficientFunds) {
			t.Errorf("TransferTo(%d) from an account holding %d returned %v, want ErrInsufficientFunds", tr.amount, tr.from.Balance(), err)
		}
		if a.Balance() != 150 || b.Balance() != 0 {
			t.Fatalf("after a refused TransferTo(%d) the accounts hold %d and %d, want 150 and 0: a refused transfer moves nothing",
				tr.amount, a.Balance(), b.Balance())
		}
	}
	if got := Total(a, b); got != 150 {
		t.Errorf("Total of accounts holding 150 and 0 = %d, want 150", got)
	}
	if got := Total(b); got != 0 {
		t.Errorf("Total of one account holding 0 = %d, want 0", got)
	}
	if got := Total(); got != 0 {
		t.Errorf("Total of no accounts = %d, want 0", got)
	}
}

// New may be called from any goroutine: accounts made at once by many
// goroutines are as good as any, and each holds its own balance.
func TestNewFromManyGoroutines(t *testing.T) {
	const goroutines = 16
	accounts := make([]*Account, goroutines)
	testTogether(goroutines, func(i int) { accounts[i] = New(int64(i)) })
	testTogether(goroutines, func(i int) {
		if err := accounts[i].TransferTo(accounts[(i+1)%goroutines], 1); err != nil && !errors.Is(err, ErrInsufficientFunds) {
			t.Errorf("TransferTo(%d) returned %v, want nil or ErrInsufficientFunds", 1, err)
		}
	})
	if got, want := Total(accounts...), int64(goroutines*(goroutines-1)/2); got != want {
		t.Errorf("after transfers among %d accounts made at once the bank holds %d, want %d: money appeared or vanished", goroutines, got, want)
	}
}

// Half the goroutines move money from a to b, the other half from b to a,
// all released at once. Transfers that lock "my account, then the other"
// deadlock here: one holds a and waits for b, another holds b and waits
// for a. Every transfer that returned nil must have moved its money.
func TestOppositeTransfersDoNotDeadlock(t *testing.T) {
	const goroutines, each = 8, 400
	a, b := New(1000), New(1000)
	var ab, ba atomic.Int64 // transfers that succeeded, each way
	testTogether(goroutines, func(i int) {
		from, to, moved := a, b, &ab
		if i%2 == 1 {
			from, to, moved = b, a, &ba
		}
		for range each {
			switch err := from.TransferTo(to, 1); {
			case err == nil:
				moved.Add(1)
			case !errors.Is(err, ErrInsufficientFunds):
				t.Errorf("TransferTo(%d) returned %v, want nil or ErrInsufficientFunds", 1, err)
				return
			}
		}
	})
	if got := Total(a, b); got != 2000 {
		t.Errorf("after %d opposite transfers the bank holds %d, want %d: money appeared or vanished", goroutines*each, got, 2000)
	}
	if got, want := a.Balance(), 1000-ab.Load()+ba.Load(); got != want {
		t.Errorf("a started with 1000, sent %d and received %d in transfers that returned nil, and holds %d, want %d: "+
			"a transfer that returns nil has moved its money", ab.Load(), ba.Load(), got, want)
	}
}

// Transfers around a cycle of three and of four accounts (a to b, b to c,
// c to a): each holds the account it sends from and waits for the next
// one. Taking locks in a fixed order by pairs, or a lock per pair of
// accounts, does not stop this; one order for every lock in the bank does.
// Readers check balances meanwhile.
func TestTransfersAroundACycleDoNotDeadlock(t *testing.T) {
	for _, n := range []int{3, 4} {
		accounts := make([]*Account, n)
		for i := range accounts {
			accounts[i] = New(100)
		}
		const each = 300
		testTogether(3*n+1, func(g int) {
			if g == 3*n { // a reader
				for range each {
					for _, acc := range accounts {
						if b := acc.Balance(); b < 0 {
							t.Errorf("an account's Balance() was %d while transfers ran, want 0 or more: no transfer may overdraw", b)
							return
						}
					}
				}
				return
			}
			from, to := accounts[g%n], accounts[(g+1)%n]
			for range each {
				if err := from.TransferTo(to, 3); err != nil && !errors.Is(err, ErrInsufficientFunds) {
					t.Errorf("TransferTo(%d) returned %v, want nil or ErrInsufficientFunds", 3, err)
					return
				}
			}
		})
		if got := Total(accounts...); got != int64(100*n) {
			t.Errorf("after transfers around a cycle of %d accounts the bank holds %d, want %d: money appeared or vanished", n, got, 100*n)
		}
	}
}

// While goroutines move money among four accounts, two others add the
// balances up with Total, in opposite orders. Every sum must be the
// bank's total: a transfer moves its money in one step, and Total sees
// every account at one instant. A Total that locks the accounts in the
// order it is given deadlocks against transfers that lock in another.
func TestTotalNeverSeesATransferHalfDone(t *testing.T) {
	const movers, each, sums = 6, 300, 300
	accounts := []*Account{New(500), New(500), New(500), New(500)}
	reversed := []*Account{accounts[3], accounts[2], accounts[1], accounts[0]}
	var wrong atomic.Bool
	testTogether(movers+2, func(g int) {
		if g >= movers {
			order := accounts
			if g == movers+1 {
				order = reversed
			}
			for range sums {
				if got := Total(order...); got != 2000 && !wrong.Swap(true) {
					t.Errorf("Total returned %d while transfers ran, want %d: a transfer must move its money in one step, "+
						"and Total must see every account at one instant", got, 2000)
				}
			}
			return
		}
		from, to := accounts[g%4], accounts[(g+1+g/4)%4]
		for range each {
			if err := from.TransferTo(to, 7); err != nil && !errors.Is(err, ErrInsufficientFunds) {
				t.Errorf("TransferTo(%d) returned %v, want nil or ErrInsufficientFunds", 7, err)
				return
			}
		}
	})
	if got := Total(reversed...); got != 2000 {
		t.Errorf("after transfers among %d accounts the bank holds %d, want %d: money appeared or vanished", len(accounts), got, 2000)
	}
}

// Total over 250 accounts while transfers run among them. Reading
// the accounts one after another, even each under its own lock or through
// an atomic, takes long enough here for whole transfers to land between
// two of the reads: money leaves an account not yet read for one already
// read, or the other way round. Every sum must still be the bank's total.
func TestTotalOfManyAccountsSeesOneInstant(t *testing.T) {
	const n, movers, each, sums = 250, 4, 1500, 200
	accounts := make([]*Account, n)
	for i := range accounts {
		accounts[i] = New(100)
	}
	var moving atomic.Int64
	moving.Store(movers)
	testTogether(movers+1, func(g int) {
		if g == movers {
			for s := 0; s < sums && moving.Load() > 0; s++ {
				if got := Total(accounts...); got != 100*n {
					t.Errorf("Total of %d accounts returned %d while transfers ran among them, want %d: "+
						"Total must see every account at one instant", n, got, 100*n)
					return
				}
			}
			return
		}
		defer moving.Add(-1)
		for k := range each {
			from, to := accounts[(g*251+k*97)%n], accounts[(g*113+k*389+1)%n]
			if err := from.TransferTo(to, int64(1+k%9)); err != nil && !errors.Is(err, ErrInsufficientFunds) {
				t.Errorf("TransferTo(%d) returned %v, want nil or ErrInsufficientFunds", 1+k%9, err)
				return
			}
		}
	})
	if got := Total(accounts...); got != 100*n {
		t.Errorf("after transfers among %d accounts the bank holds %d, want %d: money appeared or vanished", n, got, 100*n)
	}
}

// Many goroutines released at once each move 10 out of an account holding
// 80, to four other accounts: exactly 8 may succeed. A transfer that checks
// the balance in one critical section and moves the money in another lets
// more through, and the account goes below zero.
func TestConcurrentTransfersNeverOverdraw(t *testing.T) {
	const rounds, goroutines, amount, balance = 40, 16, 10, 80
	for range rounds {
		from := New(balance)
		to := []*Account{New(0), New(0), New(0), New(0)}
		var moved atomic.Int64
		testTogether(goroutines, func(i int) {
			switch err := from.TransferTo(to[i%len(to)], amount); {
			case err == nil:
				moved.Add(1)
			case !errors.Is(err, ErrInsufficientFunds):
				t.Errorf("TransferTo(%d) returned %v, want nil or ErrInsufficientFunds", amount, err)
			}
		})
		if n, left := moved.Load(), from.Balance(); n != balance/amount || left != 0 {
			t.Fatalf("%d goroutines at once each moved %d out of an account holding %d: %d transfers succeeded and %d is left, "+
				"want %d and 0: the balance check and the move must be one step", goroutines, amount, balance, n, left, balance/amount)
		}
		if got := Total(append(to, from)...); got != balance {
			t.Fatalf("after transfers out of an account holding %d the bank holds %d: money appeared or vanished", balance, got)
		}
	}
}

// A transfer from an account to itself moves nothing and returns what any
// other would. Locking "both" accounts locks the same mutex twice, which
// waits forever.
func TestTransferToItselfMovesNothing(t *testing.T) {
	a := New(100)
	if err := a.TransferTo(a, 40); err != nil {
		t.Errorf("TransferTo(40) from an account holding 100 to itself returned %v, want nil", err)
	}
	if err := a.TransferTo(a, 101); !errors.Is(err, ErrInsufficientFunds) {
		t.Errorf("TransferTo(101) from an account holding 100 to itself returned %v, want ErrInsufficientFunds", err)
	}
	if got := a.Balance(); got != 100 {
		t.Errorf("after transfers from an account holding 100 to itself it holds %d, want 100", got)
	}
}
