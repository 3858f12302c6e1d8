// want: pass
// Transfers share a package RWMutex (RLock) and lock their two accounts in id order; Total takes the write lock and reads.
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

var bank sync.RWMutex

func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), balance: balance}
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	bank.RLock()
	defer bank.RUnlock()
	lo, hi := a, to
	if hi.id < lo.id {
		lo, hi = hi, lo
	}
	lo.mu.Lock()
	defer lo.mu.Unlock()
	if hi != lo {
		hi.mu.Lock()
		defer hi.mu.Unlock()
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
	bank.Lock()
	defer bank.Unlock()
	var sum int64
	for _, a := range accounts {
		a.mu.Lock()
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func slowStep() { runtime.Gosched() }
