// want: compile
// Balance has a value receiver: each call copies the whole Account, balance
// and mutex included, without the lock, and then locks its own copy. The copy
// is an unsynchronised read racing with Save and Draw, and a copy made while
// a Save holds the mutex is locked for good: that Balance would wait forever.
// go vet's copylocks check, which the checker runs with the build, stops it
// first, at the line of the value receiver.
package account

import (
	"errors"
	"sync"
	"time"
)

// ErrInsufficientFunds is returned by Draw when the balance is too low.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Account is a bank account. It must be safe for concurrent use. Each call
// does its work before it returns and leaves no goroutine running.
type Account struct {
	name    string
	mu      sync.Mutex
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
// not even for a moment, when the balance is lower than amount.
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

// Balance returns the current balance.
func (a Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// slowStep stands for the seed's time.sleep(8): real work between reading
// the balance and writing it back. It widens the window in which another
// goroutine can slip in. Keep it.
func slowStep() { time.Sleep(time.Millisecond) }
