// want: pass
// Id-ordered locks; credits to and unlocks it before debiting a (meant as wrong, but right: both locks were taken before either is let go, and a is still held, so a Total that locks every account cannot see it half done).
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

func New(balance int64) *Account {
	return &Account{id: lastID.Add(1), balance: balance}
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func slowStep() { runtime.Gosched() }

func Total(accounts ...*Account) int64 {
	sorted := append([]*Account(nil), accounts...)
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			if sorted[j].id < sorted[i].id {
				sorted[i], sorted[j] = sorted[j], sorted[i]
			}
		}
	}
	for _, a := range sorted {
		a.mu.Lock()
	}
	var sum int64
	for _, a := range sorted {
		sum += a.balance
		a.mu.Unlock()
	}
	return sum
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	if a == to {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.balance < amount {
			return ErrInsufficientFunds
		}
		return nil
	}
	first, second := a, to
	if to.id < a.id {
		first, second = to, a
	}
	first.mu.Lock()
	second.mu.Lock()
	if a.balance < amount {
		second.mu.Unlock()
		first.mu.Unlock()
		return ErrInsufficientFunds
	}
	slowStep()
	to.balance += amount
	to.mu.Unlock()
	a.balance -= amount
	a.mu.Unlock()
	return nil
}
