// want: pass
// atomic.Int64, Save and Draw both read, take the slow step, and
// CompareAndSwap the new balance in, starting again when another call
// changed the balance meanwhile. Right: no lock, every update in one step,
// a refused Draw writes nothing.
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
	for {
		balance := a.balance.Load()
		slowStep()
		if a.balance.CompareAndSwap(balance, balance+amount) {
			return
		}
	}
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
