// want: pass
// The Get that wins a CompareAndSwap loads and puts the result in a channel of one slot; every other Get takes it out and puts it back.
package lazyinit

import "sync/atomic"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load    func() *Config
	claimed atomic.Bool
	result  chan *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load, result: make(chan *Config, 1)}
}

func (l *Lazy) Get() *Config {
	if l.claimed.CompareAndSwap(false, true) {
		c := l.load()
		l.result <- c
		return c
	}
	c := <-l.result
	l.result <- c
	return c
}
