// want: fail
// A mutex held across the load, but "not loaded yet" is config == nil: when load returns nil, every Get calls load again (load runs more than once).
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	mu     sync.Mutex
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.config == nil {
		l.config = l.load()
	}
	return l.config
}
