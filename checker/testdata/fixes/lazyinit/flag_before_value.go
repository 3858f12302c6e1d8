// want: fail race
// The flag is set under the lock before loading, and load runs after the
// Unlock ("so that the lock is not held while loading"). A Get that comes
// while load runs sees the flag and returns config, still nil.
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
	if l.loaded {
		c := l.config
		l.mu.Unlock()
		return c
	}
	l.loaded = true
	l.mu.Unlock()
	c := l.load()
	l.mu.Lock()
	l.config = c
	l.mu.Unlock()
	return c
}
