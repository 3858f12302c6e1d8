// want: fail
// The Get that wins a CompareAndSwap loads and stores into an atomic.Pointer; a Get that loses returns whatever the pointer holds now, nil while load still runs.
package lazyinit

import "sync/atomic"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load    func() *Config
	claimed atomic.Bool
	config  atomic.Pointer[Config]
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	if l.claimed.CompareAndSwap(false, true) {
		c := l.load()
		l.config.Store(c)
		return c
	}
	return l.config.Load()
}
