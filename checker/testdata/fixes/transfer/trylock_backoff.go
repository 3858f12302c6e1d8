// want: pass
// Lock your own account, then only try the other: if it is busy, let go of
// both, yield, and start again, so no goroutine waits while holding a lock.
// Total does the same over all its accounts.
package transfer

import (
	"errors"
	"runtime"
	"sync"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

type Account struct {
	mu      sync.Mutex
	balance int64
}

func New(balance int64) *Account {
	return &Account{balance: balance}
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// lockAll locks every distinct account without waiting while it holds one.
func lockAll(accounts []*Account) []*Account {
	var distinct []*Account
	for _, a := range accounts {
		seen := false
		for _, d := range distinct {
			seen = seen || d == a
		}
		if !seen {
			distinct = append(distinct, a)
		}
	}
	for {
		held := 0
		for held < len(distinct) && distinct[held].mu.TryLock() {
			held++
		}
		if held == len(distinct) {
			return distinct
		}
		for _, a := range distinct[:held] {
			a.mu.Unlock()
		}
		runtime.Gosched()
	}
}

func unlockAll(accounts []*Account) {
	for _, a := range accounts {
		a.mu.Unlock()
	}
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	defer unlockAll(lockAll([]*Account{a, to}))
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	defer unlockAll(lockAll(accounts))
	var sum int64
	for _, a := range accounts {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
