// want: leak
// Save also reports each deposit on an audit channel that nobody reads:
// every Save leaves a goroutine blocked forever on that send.
package account

import (
	"errors"
	"sync"
	"time"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	name    string
	mu      sync.Mutex
	balance int64
}

func New(name string, balance int64) *Account { return &Account{name: name, balance: balance} }

func (a *Account) Name() string { return a.name }

func (a *Account) Save(amount int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	balance := a.balance
	slowStep()
	a.balance = balance + amount
	go func() { audit <- amount }()
}

var audit = make(chan int64)

func (a *Account) Draw(amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	balance := a.balance
	if balance < amount {
		return ErrInsufficientFunds
	}
	slowStep()
	a.balance = balance - amount
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func slowStep() { time.Sleep(time.Millisecond) }
