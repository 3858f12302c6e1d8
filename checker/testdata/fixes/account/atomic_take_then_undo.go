// want: fail
// atomic.Int64 without a loop: Draw takes the money at once with Add and,
// when that overdrew the account, puts it back. The balance is right in the
// end, but while a refused Draw runs the others see it short: Balance
// reports money that is not missing, and a Draw that should pass is refused.
package account

import (
	"errors"
	"sync/atomic"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

type Account struct {
	name    string
	balance atomic.Int64
}

func New(name string, balance int64) *Account {
	a := &Account{name: name}
	a.balance.Store(balance)
	return a
}

func (a *Account) Name() string { return a.name }

func (a *Account) Balance() int64 { return a.balance.Load() }

func (a *Account) Save(amount int64) {
	slowStep()
	a.balance.Add(amount)
}

func (a *Account) Draw(amount int64) error {
	balance := a.balance.Add(-amount) // withdraw at once, atomically
	slowStep()
	if balance < 0 { // overdrawn: put it back
		a.balance.Add(amount)
		return ErrInsufficientFunds
	}
	return nil
}
