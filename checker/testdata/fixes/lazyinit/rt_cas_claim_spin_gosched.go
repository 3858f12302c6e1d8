// want: pass
// The Get that wins a CompareAndSwap loads and then sets an atomic done flag; every other Get spins with runtime.Gosched until done is set.
package lazyinit

import (
	"runtime"
	"sync/atomic"
)

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load    func() *Config
	claimed atomic.Bool
	done    atomic.Bool
	config  *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	if l.claimed.CompareAndSwap(false, true) {
		l.config = l.load()
		l.done.Store(true)
		return l.config
	}
	for !l.done.Load() {
		runtime.Gosched()
	}
	return l.config
}
