// want: pass
// One package-level mutex guards every balance: Balance, TransferTo (across slowStep) and Total all take it.
package transfer

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

type Account struct {
	id      uint64
	mu      sync.Mutex
	balance int64
}

var lastID atomic.Uint64

var bank sync.Mutex

func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), balance: balance}
}

func (a *Account) Balance() int64 {
	bank.Lock()
	defer bank.Unlock()
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
