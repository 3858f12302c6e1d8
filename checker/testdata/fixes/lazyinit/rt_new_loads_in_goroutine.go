// want: fail leak
// New starts a goroutine that loads in the background through a sync.Once, so the first Get is fast: load runs before anyone asked, not on first use.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	once   sync.Once
	config *Config
}

func New(load func() *Config) *Lazy {
	l := &Lazy{load: load}
	go l.Get()
	return l
}

func (l *Lazy) Get() *Config {
	l.once.Do(func() { l.config = l.load() })
	return l.config
}
