// want: pass
// A busy flag guarded by a mutex and a sync.Cond: each call waits in a for
// loop until the account is free, marks it busy, does its work without the
// mutex, then clears the flag and Broadcasts. Right: the flag is a lock of
// its own, held from the read to the write, Balance included.
package account

import (
	"errors"
	"sync"
	"time"
)

// ErrInsufficientFunds is returned by Draw when the balance is too low.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Account is a bank account. It must be safe for concurrent use. Each call
// does its work before it returns and leaves no goroutine running.
type Account struct {
	name    string
	mu      sync.Mutex
	free    *sync.Cond
	busy    bool
	balance int64
}

// New returns an account called name holding balance.
func New(name string, balance int64) *Account {
	a := &Account{name: name, balance: balance}
	a.free = sync.NewCond(&a.mu)
	return a
}

// Name returns the account holder's name.
func (a *Account) Name() string { return a.name }

func (a *Account) acquire() {
	a.mu.Lock()
	for a.busy {
		a.free.Wait()
	}
	a.busy = true
	a.mu.Unlock()
}

func (a *Account) release() {
	a.mu.Lock()
	a.busy = false
	a.mu.Unlock()
	a.free.Broadcast()
}

// Save deposits amount.
func (a *Account) Save(amount int64) {
	a.acquire()
	defer a.release()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
}

// Draw withdraws amount, or returns ErrInsufficientFunds and changes nothing,
// not even for a moment, when the balance is lower than amount.
func (a *Account) Draw(amount int64) error {
	a.acquire()
	defer a.release()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

// Balance returns the current balance.
func (a *Account) Balance() int64 {
	a.acquire()
	defer a.release()
	return a.balance
}

// slowStep stands for the seed's time.sleep(8): real work between reading
// the balance and writing it back. It widens the window in which another
// goroutine can slip in. Keep it.
func slowStep() { time.Sleep(time.Millisecond) }
