// want: pass
// sync.OnceValue wraps load in New: the returned function calls load the
// first time, makes concurrent callers wait, and returns the same result to
// all of them.
package lazyinit

import "sync"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	get func() *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{get: sync.OnceValue(load)}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	return l.get()
}
