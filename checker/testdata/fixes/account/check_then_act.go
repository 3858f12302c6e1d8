// want: fail
// Check-then-act: Draw checks the balance in one critical section and withdraws in another, so two draws can both pass the check.
package account

import (
	"errors"
	"sync"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

type Account struct {
	name    string
	mu      sync.Mutex
	balance int64
}

func New(name string, balance int64) *Account { return &Account{name: name, balance: balance} }

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

func (a *Account) Draw(amount int64) error {
	if a.Balance() < amount {
		return ErrInsufficientFunds
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance - amount
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}
