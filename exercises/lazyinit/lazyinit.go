// Package lazyinit loads a program's configuration the first time some
// goroutine asks for it, not at start-up. Get checks a plain flag and loads
// when it is unset, with nothing to stop two goroutines from doing so at once.
//
// Your task: make Get safe to call from many goroutines at once, so that load
// runs exactly once and every Get returns its finished result. Keep the API.
// Then run `make check NAME=lazyinit`.
package lazyinit

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	loaded bool
	config *Config
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
	if !l.loaded {
		l.config = l.load()
		l.loaded = true
	}
	return l.config
}
