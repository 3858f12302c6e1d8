// want: pass
// A channel with one slot is the bank's lock: a send takes it, a receive
// gives it back.
package transfer

import (
	"errors"
	"runtime"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

var bank = make(chan struct{}, 1)

type Account struct {
	balance int64
}

func New(balance int64) *Account {
	return &Account{balance: balance}
}

func (a *Account) Balance() int64 {
	bank <- struct{}{}
	defer func() { <-bank }()
	return a.balance
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	bank <- struct{}{}
	defer func() { <-bank }()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	bank <- struct{}{}
	defer func() { <-bank }()
	var sum int64
	for _, a := range accounts {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
