// want: fail race
// TryLock so that nobody waits: the Get that gets the lock loads, the others
// return config as it is, which is nil while load runs.
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
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	if !l.mu.TryLock() {
		return l.config
	}
	defer l.mu.Unlock()
	if l.config == nil {
		l.config = l.load()
	}
	return l.config
}
