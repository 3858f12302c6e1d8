// want: pass
// A per-Lazy mutex held across the whole check, the slow load and the set; the flag, not a nil check, says whether load ran.
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
	defer l.mu.Unlock()
	if !l.loaded {
		l.config = l.load()
		l.loaded = true
	}
	return l.config
}
