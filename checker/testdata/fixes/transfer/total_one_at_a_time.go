// want: fail
// Transfers are right, but Total asks each account for its balance in
// turn: a transfer between two of them can land between two reads.
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
	if a == to {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.balance < amount {
			return ErrInsufficientFunds
		}
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
	var sum int64
	for _, a := range accounts {
		sum += a.Balance()
	}
	return sum
}
