// want: pass
// New wraps load in sync.OnceValue (which does not call it); Get calls the wrapper.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	get func() *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{get: sync.OnceValue(load)}
}

func (l *Lazy) Get() *Config {
	return l.get()
}
