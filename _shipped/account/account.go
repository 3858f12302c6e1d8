// Package account is the seed's bank account (section 4): Save and Draw read
// the balance, pause, and write it back, with nothing to stop two calls from
// interleaving. Concurrent calls lose money.
//
// Your task: make Account safe for concurrent use without changing its API.
// Keep the slow step; a lock, an atomic or a channel will do. Then run
// `make check` (or `go test -race ./account/`).
package account

import (
	"errors"
	"time"
)

// ErrInsufficientFunds is returned by Draw when the balance is too low.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Account is a bank account. It must be safe for concurrent use. Each call
// does its work before it returns and leaves no goroutine running.
type Account struct {
	name    string
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
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

// Draw withdraws amount, or returns ErrInsufficientFunds and changes nothing,
// not even for a moment, when the balance is lower than amount.
func (a *Account) Draw(amount int64) error {
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

// Balance returns the current balance.
func (a *Account) Balance() int64 { return a.balance }

// slowStep stands for the seed's time.sleep(8): real work between reading
// the balance and writing it back. It widens the window in which another
// goroutine can slip in. Keep it.
func slowStep() { time.Sleep(time.Millisecond) }
