// Package lazyinit is the reference solution: a sync.Once runs load exactly
// once, and every Get, the ones that come while it runs included, returns
// only after it has finished.
package lazyinit

import "sync"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	once   sync.Once // runs load, and makes every Get wait until it has
	config *Config   // written once, inside once.Do
}

// New returns a Lazy whose first Get calls load; load returns a non-nil
// *Config. New does not call load, nor start a goroutine that does, and
// each Lazy loads its own Config: it waits for no other Lazy.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
// It is safe to call from any goroutine, also from many at once: load runs
// exactly once; a Get that comes while load runs waits for it to return;
// and every Get returns the very *Config that load returned.
func (l *Lazy) Get() *Config {
	l.once.Do(func() { l.config = l.load() })
	return l.config
}
