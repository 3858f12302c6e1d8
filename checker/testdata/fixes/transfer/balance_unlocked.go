// want: race
// One bank-wide lock for transfers and totals, but Balance reads without it:
// "it only reads one number".
package transfer

import (
	"errors"
	"runtime"
	"sync"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

var bank sync.Mutex

type Account struct {
	balance int64
}

func New(balance int64) *Account {
	return &Account{balance: balance}
}

func (a *Account) Balance() int64 {
	return a.balance
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	bank.Lock()
	defer bank.Unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	bank.Lock()
	defer bank.Unlock()
	var sum int64
	for _, a := range accounts {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
