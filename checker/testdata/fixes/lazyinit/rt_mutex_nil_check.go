// want: pass
// A mutex held across the load, with config == nil meaning "not loaded yet" (load returns a non-nil *Config).
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
