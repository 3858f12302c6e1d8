// want: fail
// An atomic.Pointer looked at with Load and set with Store: no data race,
// but a Load then a Store is not one step, so every Get that comes before
// the first Store loads again, and they return different Configs.
package lazyinit

import "sync/atomic"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	config atomic.Pointer[Config]
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	if c := l.config.Load(); c != nil {
		return c
	}
	c := l.load()
	l.config.Store(c)
	return c
}
