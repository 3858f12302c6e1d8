// want: fail
// A sync.RWMutex: look under RLock, and on a miss take the write lock and
// load, without looking again. The Gets that queued for the write lock while
// the first one loaded each load once more.
package lazyinit

import "sync"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	mu     sync.RWMutex
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	l.mu.RLock()
	c := l.config
	l.mu.RUnlock()
	if c != nil {
		return c
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.config = l.load()
	return l.config
}
