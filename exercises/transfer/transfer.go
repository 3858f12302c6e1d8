// Package transfer moves money between bank accounts, each guarded by its
// own mutex. TransferTo locks the account it is called on, then the other:
// two opposite transfers at once can each hold one lock and wait forever
// for the other (an AB-BA deadlock).
//
// Your task: make transfers safe from any goroutine, in any direction at
// once, with no deadlock, and keep the API. Then run `make check NAME=transfer`.
package transfer

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
)

// ErrInsufficientFunds is returned by TransferTo when the account it is
// called on holds less than the amount.
var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

// Account is a bank account. Its methods, and Total, are safe to call from
// any goroutine, with transfers running in every direction at once. Each
// call does its work before it returns and leaves no goroutine running.
type Account struct {
	id      uint64 // unique to this account, set by New, never changed
	mu      sync.Mutex
	balance int64
}

// lastID is the id New gave the last account it made.
var lastID atomic.Uint64

// New returns an account holding balance, with an id of its own.
func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), balance: balance}
}

// Balance returns the account's balance.
func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// TransferTo moves amount (not negative) from a to to in one step: no call
// of Total ever sees it half done. If a holds less than amount, it returns
// ErrInsufficientFunds and moves nothing. A transfer from an account to
// itself moves nothing either; it returns what any other would.
func (a *Account) TransferTo(to *Account, amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	to.mu.Lock()
	defer to.mu.Unlock()
	a.balance -= amount
	to.balance += amount
	return nil
}

// Total returns the sum of the balances of accounts, all distinct, at one
// instant: a transfer between two of them is counted before or after,
// never half done. The accounts may come in any order.
func Total(accounts ...*Account) int64 {
	var sum int64
	for _, a := range accounts {
		sum += a.Balance()
	}
	return sum
}

// slowStep stands for the bank's work between checking the balance and
// moving the money (fraud rules, the ledger). Here it only lets other
// goroutines run, which opens the window for them to slip in. Keep it.
func slowStep() { runtime.Gosched() }
