// want: fail
// No lazy loading at all: New calls load, so Get only reads a field that
// never changes again. Safe, but the Config is loaded before anyone asks,
// and New waits for a slow load.
package lazyinit

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{config: load()}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	return l.config
}
