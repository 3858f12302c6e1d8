// want: pass
// An RWMutex: read the flag under RLock; if unset, take the write lock, look again, and load while holding it.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	mu     sync.RWMutex
	loaded bool
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	l.mu.RLock()
	if l.loaded {
		c := l.config
		l.mu.RUnlock()
		return c
	}
	l.mu.RUnlock()
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.loaded {
		l.config = l.load()
		l.loaded = true
	}
	return l.config
}
