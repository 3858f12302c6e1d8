// want: deadlock
// A lock for each pair of accounts, taken first, keeps two opposite
// transfers between the same two accounts apart; then "mine, then the
// other" as before. Around a cycle of three accounts the pairs differ and
// the cycle of waits is back.
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

var (
	pairsMu sync.Mutex
	pairs   = map[[2]uint64]*sync.Mutex{}
)

func pairLock(a, b *Account) *sync.Mutex {
	key := [2]uint64{min(a.id, b.id), max(a.id, b.id)}
	pairsMu.Lock()
	defer pairsMu.Unlock()
	if pairs[key] == nil {
		pairs[key] = new(sync.Mutex)
	}
	return pairs[key]
}

func (a *Account) TransferTo(to *Account, amount int64) error {
	if a == to {
		return nil
	}
	p := pairLock(a, to)
	p.Lock()
	defer p.Unlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	to.mu.Lock()
	defer to.mu.Unlock()
	a.balance -= amount
	to.balance += amount
	return nil
}

func Total(accounts ...*Account) int64 {
	sorted := append([]*Account(nil), accounts...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j].id < sorted[j-1].id; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for _, a := range sorted {
		a.mu.Lock()
		defer a.mu.Unlock()
	}
	var sum int64
	for _, a := range sorted {
		sum += a.balance
	}
	return sum
}
