// want: fail
// atomic.Int64, Draw checks the balance with Load and then withdraws with
// Add: each step is atomic, but two draws can both pass the check before
// either withdraws, and the account goes below zero.
package account

import (
	"errors"
	"sync/atomic"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

type Account struct {
	name    string
	balance atomic.Int64
}

func New(name string, balance int64) *Account {
	a := &Account{name: name}
	a.balance.Store(balance)
	return a
}

func (a *Account) Name() string { return a.name }

func (a *Account) Balance() int64 { return a.balance.Load() }

func (a *Account) Save(amount int64) {
	slowStep()
	a.balance.Add(amount)
}

func (a *Account) Draw(amount int64) error {
	if a.balance.Load() < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance.Add(-amount)
	return nil
}
