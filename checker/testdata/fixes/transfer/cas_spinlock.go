// want: pass
// The bank's lock is an atomic flag: CompareAndSwap takes it, Store gives
// it back, and a goroutine that finds it taken yields and tries again.
package transfer

import (
	"errors"
	"runtime"
	"sync/atomic"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

var busy atomic.Bool

func lock() {
	for !busy.CompareAndSwap(false, true) {
		runtime.Gosched()
	}
}

func unlock() { busy.Store(false) }

type Account struct {
	balance int64
}

func New(balance int64) *Account {
	return &Account{balance: balance}
}

func (a *Account) Balance() int64 {
	lock()
	defer unlock()
	return a.balance
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	lock()
	defer unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	lock()
	defer unlock()
	var sum int64
	for _, a := range accounts {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
