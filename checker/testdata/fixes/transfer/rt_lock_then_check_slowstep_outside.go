// want: pass
// Id-ordered locks; slowStep runs first with no lock held (before the check), which is still correct.
package transfer

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

type Account struct {
	id      uint64
	mu      sync.Mutex
	balance int64
}

var lastID atomic.Uint64

func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), balance: balance}
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func lockAll(accounts []*Account) func() {
	s := slices.Clone(accounts)
	slices.SortFunc(s, func(x, y *Account) int {
		switch {
		case x.id < y.id:
			return -1
		case x.id > y.id:
			return 1
		}
		return 0
	})
	s = slices.Compact(s)
	for _, a := range s {
		a.mu.Lock()
	}
	return func() {
		for i := len(s) - 1; i >= 0; i-- {
			s[i].mu.Unlock()
		}
	}
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	slowStep()
	unlock := lockAll([]*Account{a, to})
	defer unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	unlock := lockAll(accounts)
	defer unlock()
	var sum int64
	for _, a := range accounts {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
