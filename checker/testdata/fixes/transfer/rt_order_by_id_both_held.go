// want: pass
// Locks the account with the smaller id first (a self-transfer once), holds both across slowStep; Total locks all in id order.
package transfer

import (
	"cmp"
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

func (a *Account) TransferTo(to *Account, amount int64) error {
	if a == to {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.balance < amount {
			return ErrInsufficientFunds
		}
		slowStep()
		return nil
	}
	first, second := a, to
	if to.id < a.id {
		first, second = to, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	sorted := slices.SortedFunc(slices.Values(accounts), func(x, y *Account) int { return cmp.Compare(x.id, y.id) })
	for _, a := range sorted {
		a.mu.Lock()
	}
	var sum int64
	for _, a := range sorted {
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func slowStep() { runtime.Gosched() }
