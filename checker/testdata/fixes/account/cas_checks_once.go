// want: fail
// A CompareAndSwap loop, but Draw checks the balance once, before the loop:
// a Draw whose swap fails retries on the new, smaller balance without checking
// again, and two draws of the whole balance overdraw the account.
package account

import (
	"errors"
	"sync/atomic"
	"time"
)

// ErrInsufficientFunds is returned by Draw when the balance is too low.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Account is a bank account. It must be safe for concurrent use. Each call
// does its work before it returns and leaves no goroutine running.
type Account struct {
	name    string
	balance atomic.Int64
}

// New returns an account called name holding balance.
func New(name string, balance int64) *Account {
	a := &Account{name: name}
	a.balance.Store(balance)
	return a
}

// Name returns the account holder's name.
func (a *Account) Name() string { return a.name }

// Save deposits amount.
func (a *Account) Save(amount int64) {
	for {
		balance := a.balance.Load()
		slowStep()
		if a.balance.CompareAndSwap(balance, balance+amount) {
			return
		}
	}
}

// Draw withdraws amount, or returns ErrInsufficientFunds and changes nothing,
// not even for a moment, when the balance is lower than amount.
func (a *Account) Draw(amount int64) error {
	if a.balance.Load() < amount {
		return ErrInsufficientFunds
	}
	for {
		balance := a.balance.Load()
		slowStep()
		if a.balance.CompareAndSwap(balance, balance-amount) {
			return nil
		}
	}
}

// Balance returns the current balance.
func (a *Account) Balance() int64 { return a.balance.Load() }

// slowStep stands for the seed's time.sleep(8): real work between reading
// the balance and writing it back. It widens the window in which another
// goroutine can slip in. Keep it.
func slowStep() { time.Sleep(time.Millisecond) }
