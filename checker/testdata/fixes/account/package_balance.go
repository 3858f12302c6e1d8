// want: fail
// The balance moves to one package-level atomic.Int64, safe from any
// goroutine; but then every Account shares it, and New resets the money of
// every account made before.
package account

import (
	"errors"
	"sync/atomic"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

// balance is safe for concurrent use.
var balance atomic.Int64

type Account struct {
	name string
}

func New(name string, initial int64) *Account {
	balance.Store(initial)
	return &Account{name: name}
}

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	slowStep()
	balance.Add(amount)
}

func (a *Account) Draw(amount int64) error {
	for {
		b := balance.Load()
		if b < amount {
			return ErrInsufficientFunds
		}
		slowStep()
		if balance.CompareAndSwap(b, b-amount) {
			return nil
		}
	}
}

func (a *Account) Balance() int64 { return balance.Load() }
