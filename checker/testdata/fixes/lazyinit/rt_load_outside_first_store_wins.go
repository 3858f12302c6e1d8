// want: fail
// Look under the mutex, load outside it, and keep only the first result stored: every Get returns the same *Config, but Gets that come during the load each run load too.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	mu     sync.Mutex
	loaded bool
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	l.mu.Lock()
	if l.loaded {
		defer l.mu.Unlock()
		return l.config
	}
	l.mu.Unlock()
	c := l.load()
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.loaded {
		l.config = c
		l.loaded = true
	}
	return l.config
}
