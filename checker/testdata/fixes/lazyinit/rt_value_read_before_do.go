// want: fail
// Get reads config into a local before once.Do and returns the local: the Get that loads, and any that waited in Do, return nil.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	once   sync.Once
	mu     sync.Mutex
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	l.mu.Lock()
	c := l.config
	l.mu.Unlock()
	l.once.Do(func() {
		l.mu.Lock()
		l.config = l.load()
		l.mu.Unlock()
	})
	return c
}
