// want: race fail
// One mutex for deposits and another for withdrawals: two Saves exclude
// each other, two Draws too, but a Save and a Draw still interleave and one
// overwrites the other's result.
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
	saveMu  sync.Mutex
	drawMu  sync.Mutex
	balance int64
}

func New(name string, balance int64) *Account { return &Account{name: name, balance: balance} }

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	a.saveMu.Lock()
	defer a.saveMu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

func (a *Account) Draw(amount int64) error {
	a.drawMu.Lock()
	defer a.drawMu.Unlock()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

func (a *Account) Balance() int64 {
	a.saveMu.Lock()
	defer a.saveMu.Unlock()
	a.drawMu.Lock()
	defer a.drawMu.Unlock()
	return a.balance
}
