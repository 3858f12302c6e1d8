// want: race fail
// Double-checked with an atomic flag, but the flag is stored before config
// is written. A Get that sees the flag set reads config with nothing
// ordering it after the write: a data race, and a nil Config in the gap.
package lazyinit

import (
	"sync"
	"sync/atomic"
)

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	done   atomic.Bool
	mu     sync.Mutex
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	if l.done.Load() {
		return l.config
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done.Load() {
		c := l.load()
		l.done.Store(true)
		l.config = c
	}
	return l.config
}
