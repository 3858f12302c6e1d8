// want: fail
// Every access is locked, but the read and the write are locked separately: no data race, yet two calls still read the same old balance.
package account

import (
	"errors"
	"sync"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

type Account struct {
	name    string
	mu      sync.Mutex
	balance int64
}

func New(name string, balance int64) *Account { return &Account{name: name, balance: balance} }

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	balance := a.Balance()
	slowStep()
	a.set(balance + amount)
}

func (a *Account) Draw(amount int64) error {
	balance := a.Balance()
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.set(balance - amount)
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) set(balance int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance = balance
}
