// want: race fail
// The Get that wins a CompareAndSwap calls wg.Add(1) only after winning, then loads and calls Done; the others wg.Wait: one that loses the CAS before the winner's Add finds the counter at zero and returns config at once, nil or half written. (Written after reading the tests.)
package lazyinit

import (
	"sync"
	"sync/atomic"
)

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load    func() *Config
	claimed atomic.Bool
	wg      sync.WaitGroup
	config  *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	if l.claimed.CompareAndSwap(false, true) {
		l.wg.Add(1)
		l.config = l.load()
		l.wg.Done()
		return l.config
	}
	l.wg.Wait()
	return l.config
}
