// want: fail leak
// Checks the balance, then moves the money in a goroutine and returns nil: breaks "does its work before it returns and leaves no goroutine running".
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

func lockPair(a, b *Account) func() {
	if a == b {
		a.mu.Lock()
		return a.mu.Unlock
	}
	if b.id < a.id {
		a, b = b, a
	}
	a.mu.Lock()
	b.mu.Lock()
	return func() { b.mu.Unlock(); a.mu.Unlock() }
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	unlock := lockPair(a, to)
	if a.balance < amount {
		unlock()
		return ErrInsufficientFunds
	}
	a.balance -= amount
	unlock()
	go func() {
		slowStep()
		unlock := lockPair(a, to)
		defer unlock()
		to.balance += amount
	}()
	return nil
}
