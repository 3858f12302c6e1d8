// want: race fail
// Transfers and Total use one package mutex, but Balance still reads under the account mutex the transfers no longer take: a data race.
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

var bank sync.Mutex

func (a *Account) TransferTo(to *Account, amount int64) error {
	bank.Lock()
	defer bank.Unlock()
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
		sum += a.balance
	}
	return sum
}
