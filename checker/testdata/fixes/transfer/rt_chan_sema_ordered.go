// want: pass
// Each account's lock is a channel of one slot, taken in id order; the sync.Mutex field is left unused.
package transfer

import (
	"errors"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

type Account struct {
	id      uint64
	mu      sync.Mutex
	sem     chan struct{}
	balance int64
}

var lastID atomic.Uint64

func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), sem: make(chan struct{}, 1), balance: balance}
}

func (a *Account) lock()   { a.sem <- struct{}{} }
func (a *Account) unlock() { <-a.sem }

func (a *Account) Balance() int64 {
	a.lock()
	defer a.unlock()
	return a.balance
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	if a.id < to.id {
		a.lock()
		to.lock()
		defer to.unlock()
		defer a.unlock()
	} else if a.id > to.id {
		to.lock()
		a.lock()
		defer a.unlock()
		defer to.unlock()
	} else {
		a.lock()
		defer a.unlock()
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
	sorted := append([]*Account(nil), accounts...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].id < sorted[j].id })
	var sum int64
	for _, a := range sorted {
		a.lock()
		defer a.unlock()
		sum += a.balance
	}
	return sum
}

func slowStep() { runtime.Gosched() }
