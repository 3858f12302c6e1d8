// want: pass
// One package-level mutex for every account. Right: each operation holds it
// from the read to the write; only slower than a mutex per account, since
// calls on different accounts take turns too.
package account

import (
	"errors"
	"sync"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

// mu guards the balance of every Account.
var mu sync.Mutex

type Account struct {
	name    string
	balance int64
}

func New(name string, balance int64) *Account { return &Account{name: name, balance: balance} }

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	mu.Lock()
	defer mu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

func (a *Account) Draw(amount int64) error {
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
	mu.Lock()
	defer mu.Unlock()
	return a.balance
}
