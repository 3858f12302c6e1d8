// want: race
// sync.Once does the load, but a plain loaded flag, set inside the Once, is read first as a fast path without synchronisation: a data race.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	once   sync.Once
	loaded bool
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	if l.loaded {
		return l.config
	}
	l.once.Do(func() {
		l.config = l.load()
		l.loaded = true
	})
	return l.config
}
