// want: race fail
// Each method declares its own sync.Mutex and locks it: a new mutex per
// call, which no other call ever sees, so it excludes nothing.
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
	balance int64
}

func New(name string, balance int64) *Account { return &Account{name: name, balance: balance} }

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

func (a *Account) Draw(amount int64) error {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

func (a *Account) Balance() int64 {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return a.balance
}
