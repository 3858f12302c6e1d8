// want: race fail
// Transfers lock both accounts in id order, but Total takes a package mutex the transfers never take: it reads balances mid-transfer (race, half-done totals).
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

var totalMu sync.Mutex

func (a *Account) TransferTo(to *Account, amount int64) error {
	unlock := lockPair(a, to)
	defer unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	totalMu.Lock()
	defer totalMu.Unlock()
	var sum int64
	for _, a := range accounts {
		sum += a.balance
	}
	return sum
}
