// want: fail race
// An atomic.Bool claimed with CompareAndSwap: exactly one Get loads, and
// load runs once. But a Get that loses the CompareAndSwap returns config at
// once, while load is still running: nil.
package lazyinit

import "sync/atomic"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load    func() *Config
	claimed atomic.Bool
	config  atomic.Pointer[Config]
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	if l.claimed.CompareAndSwap(false, true) {
		l.config.Store(l.load())
	}
	return l.config.Load()
}
