// want: pass
// The locks taken in the order of the accounts' addresses in memory (Go's
// garbage collector does not move heap objects), with an RWMutex so that
// Balance and Total only read.
package transfer

import (
	"errors"
	"runtime"
	"slices"
	"sync"
	"unsafe"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

type Account struct {
	mu      sync.RWMutex
	balance int64
}

func New(balance int64) *Account {
	return &Account{balance: balance}
}

func (a *Account) Balance() int64 {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.balance
}

func addr(a *Account) uintptr { return uintptr(unsafe.Pointer(a)) }

func (a *Account) TransferTo(to *Account, amount int64) error {
	first, second := a, to
	if addr(to) < addr(a) {
		first, second = to, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	if second != first {
		second.mu.Lock()
		defer second.mu.Unlock()
	}
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	sorted := slices.Clone(accounts)
	slices.SortFunc(sorted, func(a, b *Account) int {
		switch {
		case addr(a) < addr(b):
			return -1
		case addr(a) > addr(b):
			return 1
		}
		return 0
	})
	for _, a := range sorted {
		a.mu.RLock()
		defer a.mu.RUnlock()
	}
	var sum int64
	for _, a := range sorted {
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
