// want: fail
// atomic.Int64, but Load, pause, Store: each access is atomic, the update is not.
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

func (a *Account) Save(amount int64) {
	balance := a.balance.Load()
	slowStep()
	a.balance.Store(balance + amount)
}

func (a *Account) Draw(amount int64) error {
	balance := a.balance.Load()
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance.Store(balance - amount)
	return nil
}

func (a *Account) Balance() int64 { return a.balance.Load() }
