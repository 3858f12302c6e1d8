// want: pass
// A channel with one slot as the lock: a Get puts a token in, loads if no
// one has, and takes the token out; the Gets that come meanwhile wait to put
// theirs in.
package lazyinit

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	token  chan struct{}
	loaded bool
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load, token: make(chan struct{}, 1)}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	l.token <- struct{}{}
	defer func() { <-l.token }()
	if !l.loaded {
		l.config = l.load()
		l.loaded = true
	}
	return l.config
}
