// want: pass
// The Get that wins a CompareAndSwap on an atomic.Bool loads and then closes a ready channel made in New; every other Get waits on ready.
package lazyinit

import "sync/atomic"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load    func() *Config
	claimed atomic.Bool
	ready   chan struct{}
	config  *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load, ready: make(chan struct{})}
}

func (l *Lazy) Get() *Config {
	if l.claimed.CompareAndSwap(false, true) {
		l.config = l.load()
		close(l.ready)
	} else {
		<-l.ready
	}
	return l.config
}
