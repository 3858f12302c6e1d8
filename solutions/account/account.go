// Package account is the reference solution: one mutex guards the balance,
// and each operation holds it from the read to the write, across the slow
// step, exactly as the seed does with threading.Lock.
package account

import (
	"errors"
	"sync"
	"time"
)

// ErrInsufficientFunds is returned by Draw when the balance is too low.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Account is a bank account. It is safe for concurrent use. Each call
// does its work before it returns and leaves no goroutine running.
type Account struct {
	name string // never changes, so it needs no lock

	mu      sync.Mutex // guards balance
	balance int64
}

// New returns an account called name holding balance.
func New(name string, balance int64) *Account {
	return &Account{name: name, balance: balance}
}

// Name returns the account holder's name.
func (a *Account) Name() string { return a.name }

// Save deposits amount.
func (a *Account) Save(amount int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

// Draw withdraws amount, or returns ErrInsufficientFunds and changes nothing,
// not even for a moment, when the balance is lower than amount. The check
// and the withdrawal sit in one critical section, so two draws cannot both
// spend the same money.
func (a *Account) Draw(amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

// Balance returns the current balance. Reads take the lock too: in Go an
// unsynchronised read racing a write is a data race, whatever it reads.
func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// slowStep stands for the seed's time.sleep(8): real work between reading
// the balance and writing it back. It widens the window in which another
// goroutine can slip in. Keep it.
func slowStep() { time.Sleep(time.Millisecond) }
