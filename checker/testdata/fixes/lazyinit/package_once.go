// want: fail
// A package-level sync.Once, as in the singleton recipes: fine for one
// global value, but every Lazy shares it, so only the first Lazy ever
// loads and all the others return its Config.
package lazyinit

import "sync"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

var (
	once   sync.Once
	config *Config
)

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load func() *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	once.Do(func() { config = l.load() })
	return config
}
