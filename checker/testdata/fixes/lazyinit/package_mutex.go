// want: fail
// A package-level mutex held while load runs: each Lazy loads once, but a
// slow load of one Lazy holds up Get on every other.
package lazyinit

import "sync"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

var mu sync.Mutex // guards every Lazy

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	mu.Lock()
	defer mu.Unlock()
	if l.config == nil {
		l.config = l.load()
	}
	return l.config
}
