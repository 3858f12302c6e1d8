// want: pass
// A channel with one slot as the lock: sending takes it, receiving gives it back.
package account

import (
	"errors"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

type Account struct {
	name    string
	lock    chan struct{}
	balance int64
}

func New(name string, balance int64) *Account {
	return &Account{name: name, balance: balance, lock: make(chan struct{}, 1)}
}

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	a.lock <- struct{}{}
	defer func() { <-a.lock }()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

func (a *Account) Draw(amount int64) error {
	a.lock <- struct{}{}
	defer func() { <-a.lock }()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

func (a *Account) Balance() int64 {
	a.lock <- struct{}{}
	defer func() { <-a.lock }()
	return a.balance
}
