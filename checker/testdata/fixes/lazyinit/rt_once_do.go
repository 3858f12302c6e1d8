// want: pass
// A sync.Once per Lazy: Get runs load inside once.Do, which makes every other Get wait and see the result.
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
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	l.once.Do(func() { l.config = l.load() })
	return l.config
}
