// want: race fail
// RWMutex with RLock in Draw, as if checking the balance were only a read:
// but Draw writes too, and read locks do not exclude each other, so two
// draws both pass the check and the account is overdrawn.
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
	mu      sync.RWMutex
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
	a.mu.RLock()
	defer a.mu.RUnlock()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.balance
}
