// want: race fail
// The lock guards only the write: Save and Draw read the balance and take
// the slow step unlocked, so two calls still read the same old balance.
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
	balance := a.balance
	slowStep()
	a.mu.Lock()
	a.balance = balance + amount
	a.mu.Unlock()
}

func (a *Account) Draw(amount int64) error {
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.mu.Lock()
	a.balance = balance - amount
	a.mu.Unlock()
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}
