// want: fail
// Each access locked on its own: look at the flag under the lock, load with
// the lock released, store under the lock again. No data race, but every Get
// that comes while load runs finds the flag unset and loads too.
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
	loaded, c := l.loaded, l.config
	l.mu.Unlock()
	if loaded {
		return c
	}
	c = l.load()
	l.mu.Lock()
	l.config, l.loaded = c, true
	l.mu.Unlock()
	return c
}
