// want: pass
// A package gate mutex serialises only the taking of several locks (TransferTo, Total); holders never wait, so no cycle.
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

var gate sync.Mutex

func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), balance: balance}
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	gate.Lock()
	a.mu.Lock()
	if to != a {
		to.mu.Lock()
		defer to.mu.Unlock()
	}
	gate.Unlock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	gate.Lock()
	for _, a := range accounts {
		a.mu.Lock()
	}
	gate.Unlock()
	var sum int64
	for _, a := range accounts {
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func slowStep() { runtime.Gosched() }
