// want: pass
// atomic.Int64: Save adds atomically, Draw retries a CompareAndSwap until the balance it checked is still the balance it replaces.
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
	slowStep()
	a.balance.Add(amount)
}

func (a *Account) Draw(amount int64) error {
	for {
		balance := a.balance.Load()
		if balance < amount {
			return ErrInsufficientFunds
		}
		slowStep()
		if a.balance.CompareAndSwap(balance, balance-amount) {
			return nil
		}
	}
}

func (a *Account) Balance() int64 { return a.balance.Load() }
