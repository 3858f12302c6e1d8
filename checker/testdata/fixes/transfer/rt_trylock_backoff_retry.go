// want: pass
// Locks a, TryLocks to; if busy lets go of a, yields and tries again; Total locks in id order.
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

func (a *Account) TransferTo(to *Account, amount int64) error {
	for {
		a.mu.Lock()
		if a == to || to.mu.TryLock() {
			break
		}
		a.mu.Unlock()
		runtime.Gosched()
	}
	defer a.mu.Unlock()
	if a != to {
		defer to.mu.Unlock()
	}
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	sorted := slices.Clone(accounts)
	slices.SortFunc(sorted, func(x, y *Account) int {
		if x.id < y.id {
			return -1
		}
		return 1
	})
	for _, a := range sorted {
		a.mu.Lock()
	}
	defer func() {
		for _, a := range sorted {
			a.mu.Unlock()
		}
	}()
	var sum int64
	for _, a := range sorted {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
