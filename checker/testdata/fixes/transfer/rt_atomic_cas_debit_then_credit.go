// want: fail
// Lock-free balances: a CAS loop debits a, then an Add credits to; Total sees the money in neither account between the two (breaks "in one step").
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
	balance atomic.Int64
}

var lastID atomic.Uint64

func New(balance int64) *Account {
	a := &Account{id: lastID.Add(1)}
	a.balance.Store(balance)
	return a
}

func (a *Account) Balance() int64 {
	return a.balance.Load()
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	slowStep()
	for {
		b := a.balance.Load()
		if b < amount {
			return ErrInsufficientFunds
		}
		if a.balance.CompareAndSwap(b, b-amount) {
			break
		}
	}
	to.balance.Add(amount)
	return nil
}

func Total(accounts ...*Account) int64 {
	var sum int64
	for _, a := range accounts {
		sum += a.balance.Load()
	}
	return sum
}

func slowStep() { runtime.Gosched() }
