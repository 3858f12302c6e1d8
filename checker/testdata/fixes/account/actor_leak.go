// want: leak
// An account goroutine owns the balance and serves requests over a channel:
// no data race, but the API has no Close, so that goroutine never ends.
package account

import (
	"errors"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

func slowStep() { time.Sleep(time.Millisecond) }

type Account struct {
	name     string
	requests chan func(balance *int64)
}

func New(name string, balance int64) *Account {
	a := &Account{name: name, requests: make(chan func(*int64))}
	go func() {
		for req := range a.requests {
			req(&balance)
		}
	}()
	return a
}

func (a *Account) Name() string { return a.name }

// do runs f on the account's goroutine and waits for it.
func (a *Account) do(f func(balance *int64)) {
	done := make(chan struct{})
	a.requests <- func(b *int64) { f(b); close(done) }
	<-done
}

func (a *Account) Save(amount int64) {
	a.do(func(b *int64) {
		balance := *b
		slowStep()
		*b = balance + amount
	})
}

func (a *Account) Draw(amount int64) (err error) {
	a.do(func(b *int64) {
		if *b < amount {
			err = ErrInsufficientFunds
			return
		}
		balance := *b
		slowStep()
		*b = balance - amount
	})
	return err
}

func (a *Account) Balance() (balance int64) {
	a.do(func(b *int64) { balance = *b })
	return balance
}
