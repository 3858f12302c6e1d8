// want: deadlock timeout
// Holds a and spins on to.mu.TryLock without letting go of a: two opposite transfers spin forever (breaks "no deadlock").
package transfer

import (
	"errors"
	"runtime"
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

func slowStep() { runtime.Gosched() }

func Total(accounts ...*Account) int64 {
	sorted := append([]*Account(nil), accounts...)
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			if sorted[j].id < sorted[i].id {
				sorted[i], sorted[j] = sorted[j], sorted[i]
			}
		}
	}
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

func (a *Account) TransferTo(to *Account, amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	if to != a {
		for !to.mu.TryLock() {
			runtime.Gosched()
		}
		defer to.mu.Unlock()
	}
	a.balance -= amount
	to.balance += amount
	return nil
}
