// want: leak
// One goroutine, started by the first New, owns every balance and runs
// each call in turn: no lock, no order to get wrong. But it never ends,
// and the API has nothing to stop it with.
package transfer

import (
	"errors"
	"sync"
)

var ErrInsufficientFunds = errors.New("transfer: insufficient funds")

var (
	start sync.Once
	calls = make(chan func())
)

// do runs f in the bank's goroutine and waits for it.
func do(f func()) {
	done := make(chan struct{})
	calls <- func() { f(); close(done) }
	<-done
}

type Account struct {
	balance int64
}

func New(balance int64) *Account {
	start.Do(func() {
		go func() {
			for call := range calls {
				call()
			}
		}()
	})
	return &Account{balance: balance}
}

func (a *Account) Balance() (b int64) {
	do(func() { b = a.balance })
	return b
}

func (a *Account) TransferTo(to *Account, amount int64) (err error) {
	do(func() {
		if a.balance < amount {
			err = ErrInsufficientFunds
			return
		}
		a.balance -= amount
		to.balance += amount
	})
	return err
}

func Total(accounts ...*Account) (sum int64) {
	do(func() {
		for _, a := range accounts {
			sum += a.balance
		}
	})
	return sum
}
