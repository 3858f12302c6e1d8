// want: pass
// One mutex taken on every Get and held while load runs: simple, and the
// Gets that come meanwhile wait on the lock.
package lazyinit

import "sync"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	mu     sync.Mutex
	loaded bool
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.loaded {
		l.config = l.load()
		l.loaded = true
	}
	return l.config
}
