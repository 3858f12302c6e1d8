// want: fail
// No goroutine ever holds two account locks in TransferTo: the money leaves
// a under a's lock and reaches to under to's. No deadlock, but for a moment
// the money is in neither account, and Total sees it missing.
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

func (a *Account) TransferTo(to *Account, amount int64) error {
	a.mu.Lock()
	if a.balance < amount {
		a.mu.Unlock()
		return ErrInsufficientFunds
	}
	a.balance -= amount
	a.mu.Unlock()
	slowStep()
	to.mu.Lock()
	to.balance += amount
	to.mu.Unlock()
	return nil
}

func Total(accounts ...*Account) int64 {
	sorted := append([]*Account(nil), accounts...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j].id < sorted[j-1].id; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for _, a := range sorted {
		a.mu.Lock()
		defer a.mu.Unlock()
	}
	var sum int64
	for _, a := range sorted {
		sum += a.balance
	}
	return sum
}
